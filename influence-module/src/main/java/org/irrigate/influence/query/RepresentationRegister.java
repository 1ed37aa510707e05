package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.influence.api.InfluenceQuery.FindRepresentation;
import org.irrigate.influence.api.InfluenceQuery.FindRepresentations;
import org.irrigate.influence.api.InfluenceView.RepresentationView;
import org.irrigate.influence.api.RepresentationEvent.RepresentationEnded;
import org.irrigate.influence.api.RepresentationEvent.RepresentationStarted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The representation register: who holds (or held) which seat, for whom, on which body, from when to when. */
@Component
@ProcessingGroup(RepresentationRegister.PROCESSING_GROUP)
class RepresentationRegister {
    static final String PROCESSING_GROUP = "representation-register";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Names names;

    RepresentationRegister(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Names names) {
        this.jdbc = jdbc;
        this.named = named;
        this.names = names;
    }

    @EventHandler
    void on(RepresentationStarted event) {
        UUID id = event.representationId().value();
        jdbc.update("delete from influence_representation where id = ?", id);
        jdbc.update("""
                        insert into influence_representation (id, person_id, organisation_id, body_id, seat, from_on)
                        values (?, ?, ?, ?, ?, ?)""",
                id, event.personId().value(), event.organisationId().value(), event.bodyId().value(), event.seat(),
                event.happenedOn());
    }

    @EventHandler
    void on(RepresentationEnded event) {
        jdbc.update("update influence_representation set to_on = ?, end_reason = ? where id = ?",
                event.happenedOn(), event.reason(), event.representationId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from influence_representation");
    }

    @QueryHandler
    List<RepresentationView> handle(FindRepresentations query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.body() != null) {
            where.append(" and body_id = :body");
            params.addValue("body", query.body().value());
        }
        if (query.organisation() != null) {
            where.append(" and organisation_id = :organisation");
            params.addValue("organisation", query.organisation().value());
        }
        if (query.person() != null) {
            where.append(" and person_id = :person");
            params.addValue("person", query.person().value());
        }
        if (query.on() != null) {
            where.append(" and from_on <= :on and (to_on is null or to_on >= :on)");
            params.addValue("on", query.on());
        }
        List<Row> rows = named.query("select * from influence_representation" + where
                + " order by body_id, from_on, id", params, RepresentationRegister::row);
        Map<UUID, String> known = rows.isEmpty() ? Map.of() : names.all();
        return rows.stream().map(r -> r.view(known)).toList();
    }

    @QueryHandler
    RepresentationView handle(FindRepresentation query) {
        List<Row> rows = jdbc.query("select * from influence_representation where id = ?", RepresentationRegister::row,
                query.representationId().value());
        return rows.isEmpty() ? null : rows.getFirst().view(names.all());
    }

    private record Row(UUID id, UUID person, UUID organisation, UUID body, String seat, java.time.LocalDate from,
                       java.time.LocalDate to, String endReason) {
        RepresentationView view(Map<UUID, String> known) {
            return new RepresentationView(new RepresentationId(id), new PersonId(person), known.get(person),
                    new OrganisationId(organisation), known.get(organisation), new OrganisationId(body),
                    known.get(body), seat, from, to, endReason);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"), Rows.uuid(rs, "organisation_id"),
                Rows.uuid(rs, "body_id"), rs.getString("seat"), Rows.date(rs, "from_on"), Rows.date(rs, "to_on"),
                rs.getString("end_reason"));
    }
}
