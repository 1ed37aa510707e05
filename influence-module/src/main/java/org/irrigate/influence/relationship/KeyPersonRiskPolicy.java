package org.irrigate.influence.relationship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.influence.api.RelationshipCommand.FlagRelationshipAtRisk;
import org.irrigate.influence.api.RelationshipEvent.RelationshipDependencyRecorded;
import org.irrigate.influence.api.RelationshipEvent.RelationshipRecorded;
import org.irrigate.influence.api.RoleDependency;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Key-person risk: when a person's role ends in network-core, every relationship that depended on that role is
 * flagged at risk, by command, so the flag is an event with its own audit. The two facts can arrive in either
 * order: a role that ended before anyone recorded the relationship flags it as soon as the dependency is recorded.
 * The policy remembers what it needs in its own tables; its events are handled in one sequence (see
 * {@link KeyPersonRiskConfig}) so the two orders can't race past each other on parallel segments.
 */
@Component
@ProcessingGroup(KeyPersonRiskPolicy.PROCESSING_GROUP)
class KeyPersonRiskPolicy {
    static final String PROCESSING_GROUP = "key-person-risk";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;

    KeyPersonRiskPolicy(JdbcTemplate jdbc, CommandGateway commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    @EventHandler
    void on(RoleEnded event) {
        UUID role = event.roleId().value();
        if (endedOn(role).isEmpty()) {
            jdbc.update("insert into influence_risk_ended_role (role_id, person_id, ended_on) values (?, ?, ?)",
                    role, event.personId().value(), event.happenedOn());
        }
        List<UUID> relationships = jdbc.queryForList(
                "select relationship_id from influence_risk_dependency where role_id = ? order by relationship_id",
                UUID.class, role);
        RoleDependency ended = new RoleDependency(event.personId(), event.roleId());
        relationships.forEach(id -> flag(id, ended, event.happenedOn()));
    }

    @EventHandler
    void on(RelationshipRecorded event) {
        if (event.dependsOn() != null) {
            depend(event.relationshipId().value(), event.dependsOn());
        }
    }

    @EventHandler
    void on(RelationshipDependencyRecorded event) {
        depend(event.relationshipId().value(), event.dependsOn());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from influence_risk_dependency");
        jdbc.update("delete from influence_risk_ended_role");
    }

    private void depend(UUID relationship, RoleDependency dependency) {
        UUID role = dependency.roleId().value();
        Integer known = jdbc.queryForObject(
                "select count(*) from influence_risk_dependency where relationship_id = ? and role_id = ?",
                Integer.class, relationship, role);
        if (known != null && known == 0) {
            jdbc.update("insert into influence_risk_dependency (relationship_id, role_id, person_id) values (?, ?, ?)",
                    relationship, role, dependency.personId().value());
        }
        endedOn(role).ifPresent(on -> flag(relationship, dependency, on));
    }

    private java.util.Optional<LocalDate> endedOn(UUID role) {
        return jdbc.queryForList("select ended_on from influence_risk_ended_role where role_id = ?", LocalDate.class, role)
                .stream().findFirst();
    }

    /** The relationship ignores a flag it already carries, so redelivery and replay are harmless. */
    private void flag(UUID relationship, RoleDependency ended, LocalDate on) {
        commands.sendAndWait(new FlagRelationshipAtRisk(new RelationshipId(relationship), ended, on));
    }
}
