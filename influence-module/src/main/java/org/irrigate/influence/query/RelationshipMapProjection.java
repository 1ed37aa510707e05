package org.irrigate.influence.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.influence.api.InfluenceQuery.FindRelationship;
import org.irrigate.influence.api.InfluenceQuery.FindRelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipView;
import org.irrigate.influence.api.RelationshipEvent.PartyNoteAdded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RoleDependency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Relationship map data: each relationship's current strength (its latest assessment by the day it describes), the
 * whole assessment history with evidence, the roles it depends on and its at-risk flags. History rows are keyed by
 * the event's sequence number, so an event delivered twice is stored once.
 */
@Component
@ProcessingGroup(RelationshipMapProjection.PROCESSING_GROUP)
class RelationshipMapProjection {
    static final String PROCESSING_GROUP = "relationship-map";
    private static final ReadModelTables TABLES = new ReadModelTables("influence_relationship", "relationship_id",
            List.of("influence_relationship_risk", "influence_relationship_dependency",
                    "influence_relationship_evidence", "influence_relationship_assessment",
                    PersonNotes.RELATIONSHIP_NOTES));

    private final JdbcTemplate jdbc;
    private final RelationshipReader reader;

    RelationshipMapProjection(JdbcTemplate jdbc, RelationshipReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    @EventHandler
    void on(RelationshipRecorded event) {
        UUID id = event.relationshipId().value();
        TABLES.forget(jdbc, id);
        jdbc.update("""
                        insert into influence_relationship (id, first_kind, first_id, second_kind, second_id,
                          recorded_on, at_risk) values (?, ?, ?, ?, ?, ?, false)""",
                id, Rows.kind(event.first()), event.first().id(), Rows.kind(event.second()), event.second().id(),
                event.happenedOn());
        if (event.dependsOn() != null) {
            depend(id, event.dependsOn(), event.happenedOn());
        }
    }

    @EventHandler
    void on(RelationshipAssessed event, @SequenceNumber long seq) {
        UUID id = event.relationshipId().value();
        if (!exists("influence_relationship_assessment", id, seq)) {
            jdbc.update("""
                            insert into influence_relationship_assessment (relationship_id, seq, assessed_on, strength,
                              trust_note) values (?, ?, ?, ?, ?)""",
                    id, seq, event.happenedOn(), event.strength().name(), event.trustNote());
            for (int i = 0; i < event.evidence().size(); i++) {
                jdbc.update("""
                        insert into influence_relationship_evidence (relationship_id, seq, evidence_order, conversation_id)
                        values (?, ?, ?, ?)""", id, seq, i, event.evidence().get(i).value());
            }
        }
        // The current strength is what the latest-dated assessment says, however late it was recorded.
        jdbc.update("""
                update influence_relationship r set
                  strength = (select a.strength from influence_relationship_assessment a where a.relationship_id = r.id
                              order by a.assessed_on desc, a.seq desc fetch first 1 rows only),
                  trust_note = (select a.trust_note from influence_relationship_assessment a where a.relationship_id = r.id
                                order by a.assessed_on desc, a.seq desc fetch first 1 rows only),
                  assessed_on = (select max(a.assessed_on) from influence_relationship_assessment a
                                 where a.relationship_id = r.id)
                where r.id = ?""", id);
    }

    @EventHandler
    void on(RelationshipDependencyRecorded event) {
        depend(event.relationshipId().value(), event.dependsOn(), event.happenedOn());
    }

    @EventHandler
    void on(RelationshipFlaggedAtRisk event, @SequenceNumber long seq) {
        UUID id = event.relationshipId().value();
        RoleDependency role = event.endedRole();
        risk(id, seq, true, event.happenedOn(), role, null);
        jdbc.update("""
                        update influence_relationship_dependency set role_ended_on = ?
                        where relationship_id = ? and role_id = ? and role_ended_on is null""",
                event.roleEndedOn(), id, role.roleId().value());
    }

    @EventHandler
    void on(RelationshipRiskResolved event, @SequenceNumber long seq) {
        risk(event.relationshipId().value(), seq, false, event.happenedOn(), null, event.reason());
    }

    /** Kept sealed, as the event has it: {@link PersonNotes} opens it when read, while the person's key exists. */
    @EventHandler
    void on(PartyNoteAdded event, @SequenceNumber long seq) {
        UUID id = event.relationshipId().value();
        if (!exists(PersonNotes.RELATIONSHIP_NOTES, id, seq)) {
            jdbc.update("""
                            insert into influence_relationship_note (relationship_id, seq, person_id, happened_on,
                              sealed_note) values (?, ?, ?, ?, ?)""",
                    id, seq, event.personId().value(), event.happenedOn(), event.note().ciphertext());
        }
    }

    @ResetHandler
    void reset() {
        TABLES.clear(jdbc);
    }

    @QueryHandler
    RelationshipMap handle(FindRelationshipMap query) {
        return reader.map(query);
    }

    @QueryHandler
    RelationshipView handle(FindRelationship query) {
        return reader.one(query.relationshipId().value(), query.viewer());
    }

    private void depend(UUID id, RoleDependency dependency, LocalDate on) {
        Integer known = jdbc.queryForObject("""
                        select count(*) from influence_relationship_dependency where relationship_id = ? and role_id = ?""",
                Integer.class, id, dependency.roleId().value());
        if (known != null && known == 0) {
            jdbc.update("""
                            insert into influence_relationship_dependency (relationship_id, role_id, person_id, recorded_on)
                            values (?, ?, ?, ?)""",
                    id, dependency.roleId().value(), dependency.personId().value(), on);
        }
    }

    /** Records a flag or its clearing; whether the relationship is at risk is what the latest of them says. */
    private void risk(UUID id, long seq, boolean atRisk, LocalDate on, RoleDependency role, String reason) {
        if (!exists("influence_relationship_risk", id, seq)) {
            jdbc.update("""
                            insert into influence_relationship_risk (relationship_id, seq, at_risk, happened_on, person_id,
                              role_id, reason) values (?, ?, ?, ?, ?, ?, ?)""",
                    id, seq, atRisk, on, role == null ? null : role.personId().value(),
                    role == null ? null : role.roleId().value(), reason);
        }
        jdbc.update("""
                update influence_relationship r set
                  at_risk = coalesce((select k.at_risk from influence_relationship_risk k where k.relationship_id = r.id
                                      order by k.seq desc fetch first 1 rows only), false),
                  at_risk_since = (select min(k.happened_on) from influence_relationship_risk k
                                   where k.relationship_id = r.id and k.at_risk = true
                                     and not exists (select 1 from influence_relationship_risk c
                                                     where c.relationship_id = r.id and c.at_risk = false and c.seq > k.seq))
                where r.id = ?""", id);
    }

    private boolean exists(String table, UUID id, long seq) {
        Integer count = jdbc.queryForObject("select count(*) from " + table + " where relationship_id = ? and seq = ?",
                Integer.class, id, seq);
        return count != null && count > 0;
    }
}
