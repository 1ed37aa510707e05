package org.irrigate.app.graph;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.irrigate.core.api.AuditMetadata;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.funding.api.FundingEvent.AwardRecorded;
import org.irrigate.funding.api.FundingEvent.ContributionClaimWithdrawn;
import org.irrigate.funding.api.FundingEvent.ContributionClaimed;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipEvent;
import org.irrigate.influence.api.RelationshipEvent.RelationshipAssessed;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipFlaggedAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRiskResolved;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The network graph's dated facts: relationship assessments, risk flags and dependencies, every version of every
 * conversation with its participants, roles and seats with their start and end, and contribution claims. Nothing is
 * summarised here: each fact keeps its happened date and its record time, and {@link GraphFactsReader} picks what
 * held on a day as known at an instant. Rows are keyed by the event's aggregate and sequence number (or the role,
 * seat or claim id), so a redelivered event is stored once, and every update to a row comes from one aggregate,
 * which keeps the projection correct when its segments run on different instances.
 */
@Component
@ProcessingGroup(NetworkGraphProjection.PROCESSING_GROUP)
class NetworkGraphProjection {
    static final String PROCESSING_GROUP = "network-graph";
    static final List<String> TABLES = List.of("graph_relationship_fact", "graph_conversation_party",
            "graph_conversation_fact", "graph_span", "graph_claim", "graph_award");

    private final JdbcTemplate jdbc;

    NetworkGraphProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(RelationshipRecorded event, @SequenceNumber long seq, EventMessage<?> message) {
        if (event.dependsOn() != null) {
            relationship(event, seq, "DEPENDS_ON", null, event.dependsOn().personId().value(), message);
        }
    }

    @EventHandler
    void on(RelationshipAssessed event, @SequenceNumber long seq, EventMessage<?> message) {
        relationship(event, seq, "ASSESSED", event.strength().name(), null, message);
    }

    @EventHandler
    void on(RelationshipDependencyRecorded event, @SequenceNumber long seq, EventMessage<?> message) {
        relationship(event, seq, "DEPENDS_ON", null, event.dependsOn().personId().value(), message);
    }

    @EventHandler
    void on(RelationshipFlaggedAtRisk event, @SequenceNumber long seq, EventMessage<?> message) {
        relationship(event, seq, "AT_RISK", null, event.endedRole().personId().value(), message);
    }

    @EventHandler
    void on(RelationshipRiskResolved event, @SequenceNumber long seq, EventMessage<?> message) {
        relationship(event, seq, "RISK_RESOLVED", null, null, message);
    }

    @EventHandler
    void on(ConversationLogged event, @SequenceNumber long seq, EventMessage<?> message) {
        conversation(event.conversationId().value(), seq, "VERSION", event.happenedOn(), event.privateTo(),
                event.details(), message);
    }

    @EventHandler
    void on(ConversationAmended event, @SequenceNumber long seq, EventMessage<?> message) {
        conversation(event.conversationId().value(), seq, "VERSION", event.happenedOn(), event.privateTo(),
                event.details(), message);
    }

    @EventHandler
    void on(ConversationRetracted event, @SequenceNumber long seq, EventMessage<?> message) {
        conversation(event.conversationId().value(), seq, "RETRACTED", event.happenedOn(), event.privateTo(), null,
                message);
    }

    @EventHandler
    void on(RoleStarted event, EventMessage<?> message) {
        spanStarted(event.roleId().value(), "ROLE", event.personId().value(), event.organisationId(), null,
                event.title(), event.happenedOn(), message);
    }

    @EventHandler
    void on(RoleEnded event, EventMessage<?> message) {
        spanEnded(event.roleId().value(), event.happenedOn(), message);
    }

    @EventHandler
    void on(RepresentationStarted event, EventMessage<?> message) {
        spanStarted(event.representationId().value(), "SEAT", event.personId().value(), event.bodyId(),
                event.organisationId(), event.seat(), event.happenedOn(), message);
    }

    @EventHandler
    void on(RepresentationEnded event, EventMessage<?> message) {
        spanEnded(event.representationId().value(), event.happenedOn(), message);
    }

    @EventHandler
    void on(ContributionClaimed event, EventMessage<?> message) {
        UUID id = event.contributionClaimId().value();
        if (count("select count(*) from graph_claim where id = ?", id) == 0) {
            jdbc.update("""
                            insert into graph_claim (id, work_kind, work_id, bid_id, award_id, happened_on, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?)""",
                    id, event.work().kind().name(), event.work().uuid(),
                    event.bidId() == null ? null : event.bidId().value(),
                    event.awardId() == null ? null : event.awardId().value(), event.happenedOn(), recordedAt(message));
        }
    }

    /** Which bid an award came from, so a claim on the award and one on its bid are one journey. */
    @EventHandler
    void on(AwardRecorded event) {
        if (count("select count(*) from graph_award where id = ?", event.awardId().value()) == 0) {
            jdbc.update("insert into graph_award (id, bid_id) values (?, ?)", event.awardId().value(),
                    event.bidId() == null ? null : event.bidId().value());
        }
    }

    @EventHandler
    void on(ContributionClaimWithdrawn event, EventMessage<?> message) {
        jdbc.update("update graph_claim set withdrawn_on = ?, withdrawn_recorded_at = ? where id = ?",
                event.happenedOn(), recordedAt(message), event.contributionClaimId().value());
    }

    @ResetHandler
    void reset() {
        TABLES.forEach(table -> jdbc.update("delete from " + table));
    }

    private void relationship(RelationshipEvent event, long seq, String fact, String strength, UUID person,
                              EventMessage<?> message) {
        UUID id = event.relationshipId().value();
        if (count("select count(*) from graph_relationship_fact where relationship_id = ? and seq = ?", id, seq) > 0) {
            return;
        }
        jdbc.update("""
                        insert into graph_relationship_fact (relationship_id, seq, fact, first_kind, first_id,
                          second_kind, second_id, strength, person_id, happened_on, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, seq, fact, kind(event.first()), event.first().id(), kind(event.second()), event.second().id(),
                strength, person, event.happenedOn(), recordedAt(message));
    }

    private void conversation(UUID id, long seq, String fact, LocalDate happenedOn, OrganisationId privateTo,
                              ConversationDetails details, EventMessage<?> message) {
        if (count("select count(*) from graph_conversation_fact where conversation_id = ? and seq = ?", id, seq) > 0) {
            return;
        }
        jdbc.update("""
                        insert into graph_conversation_fact (conversation_id, seq, fact, happened_on, recorded_at,
                          private_to) values (?, ?, ?, ?, ?, ?)""",
                id, seq, fact, happenedOn, recordedAt(message), privateTo == null ? null : privateTo.value());
        List<Party> parties = details == null ? List.of() : details.participants();
        for (int i = 0; i < parties.size(); i++) {
            jdbc.update("""
                            insert into graph_conversation_party (conversation_id, seq, party_order, party_kind, party_id)
                            values (?, ?, ?, ?, ?)""", id, seq, i, kind(parties.get(i)), parties.get(i).id());
        }
    }

    private void spanStarted(UUID id, String kind, UUID person, OrganisationId organisation, OrganisationId onBehalfOf,
                             String title, LocalDate on, EventMessage<?> message) {
        if (count("select count(*) from graph_span where id = ?", id) > 0) {
            return;
        }
        jdbc.update("""
                        insert into graph_span (id, kind, person_id, organisation_id, on_behalf_of, title, started_on,
                          started_recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                id, kind, person, organisation.value(), onBehalfOf == null ? null : onBehalfOf.value(), title, on,
                recordedAt(message));
    }

    private void spanEnded(UUID id, LocalDate on, EventMessage<?> message) {
        jdbc.update("update graph_span set ended_on = ?, ended_recorded_at = ? where id = ?", on, recordedAt(message),
                id);
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private static String kind(Party party) {
        return (party.isPerson() ? NodeKind.PERSON : NodeKind.ORGANISATION).name();
    }

    /** When Irrigate learnt of it: the recorder's stated time, else the moment the event was stored. */
    private static Timestamp recordedAt(EventMessage<?> message) {
        AuditMetadata audit = AuditMetadata.from(message.getMetaData());
        Instant at = audit.recordedAt() != null ? audit.recordedAt() : message.getTimestamp();
        return Timestamp.from(at);
    }
}
