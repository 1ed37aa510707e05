package org.irrigate.evidence.harvest;

import static org.irrigate.evidence.readmodel.Rows.date;
import static org.irrigate.evidence.readmodel.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcome;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcomes;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.EvidenceView.SubstantiationView;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Verdict;
import org.irrigate.evidence.readmodel.LinkTable;
import org.irrigate.evidence.readmodel.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The harvest register: every outcome statement with its status and the verdicts it received. */
@Component
@ProcessingGroup(HarvestRegister.PROCESSING_GROUP)
class HarvestRegister {
    static final String PROCESSING_GROUP = "evidence-harvest-register";

    private final JdbcTemplate jdbc;
    private final LinkTable links;

    HarvestRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.links = new LinkTable(jdbc, "evidence_harvest_link", "outcome_id");
    }

    @EventHandler
    void on(OutcomeHarvested event) {
        UUID id = event.harvestedOutcomeId().value();
        OutcomeStatement statement = event.statement();
        for (String table : List.of("evidence_harvest_area", "evidence_harvest_partner", "evidence_harvest_link")) {
            jdbc.update("delete from " + table + " where outcome_id = ?", id);
        }
        jdbc.update("delete from evidence_harvested_outcome where id = ?", id);
        jdbc.update("""
                        insert into evidence_harvested_outcome (id, what_changed, social_actor, place_code, significance,
                          contribution, happened_on, status) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                id, statement.whatChanged(), statement.socialActor().value(),
                statement.where() == null ? null : statement.where().value(), statement.significance(),
                statement.contribution(), event.happenedOn(), HarvestStatus.HARVESTED.name());
        statement.areas().forEach(area -> jdbc.update(
                "insert into evidence_harvest_area (outcome_id, area) values (?, ?)", id, area.name()));
        for (int i = 0; i < statement.partners().size(); i++) {
            jdbc.update("insert into evidence_harvest_partner (outcome_id, position, partner_id) values (?, ?, ?)", id,
                    i, statement.partners().get(i).value());
        }
        links.add(id, statement.links());
    }

    @EventHandler
    void on(OutcomeSubstantiated event, @SequenceNumber long sequence) {
        UUID id = event.harvestedOutcomeId().value();
        jdbc.update("delete from evidence_substantiation where outcome_id = ? and verifier_id = ?", id,
                event.verifier().value());
        jdbc.update("""
                        insert into evidence_substantiation (outcome_id, verifier_id, event_seq, verdict, comment,
                          happened_on) values (?, ?, ?, ?, ?, ?)""",
                id, event.verifier().value(), sequence, event.verdict().name(), event.comment(), event.happenedOn());
        jdbc.update("update evidence_harvested_outcome set status = ? where id = ?", event.status().name(), id);
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        jdbc.update("update evidence_harvested_outcome set status = ?, retraction_reason = ? where id = ?",
                HarvestStatus.RETRACTED.name(), event.reason(), event.harvestedOutcomeId().value());
    }

    @ResetHandler
    void reset() {
        links.deleteAll();
        for (String table : List.of("evidence_substantiation", "evidence_harvest_partner", "evidence_harvest_area",
                "evidence_harvested_outcome")) {
            jdbc.update("delete from " + table);
        }
    }

    @QueryHandler
    List<HarvestedOutcomeView> handle(FindHarvestedOutcomes query) {
        StringBuilder sql = new StringBuilder("select * from evidence_harvested_outcome o where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" and o.status = ?");
            args.add(query.status().name());
        }
        if (query.area() != null) {
            sql.append(" and exists (select 1 from evidence_harvest_area a where a.outcome_id = o.id and a.area = ?)");
            args.add(query.area().name());
        }
        if (query.partner() != null) {
            sql.append(" and exists (select 1 from evidence_harvest_partner p where p.outcome_id = o.id"
                    + " and p.partner_id = ?)");
            args.add(query.partner().value());
        }
        return jdbc.query(sql + " order by o.happened_on, o.id", (rs, i) -> view(rs), args.toArray());
    }

    @QueryHandler
    HarvestedOutcomeView handle(FindHarvestedOutcome query) {
        return jdbc.query("select * from evidence_harvested_outcome where id = ?", (rs, i) -> view(rs),
                query.harvestedOutcomeId().value()).stream().findFirst().orElse(null);
    }

    private HarvestedOutcomeView view(ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "id");
        String place = rs.getString("place_code");
        OutcomeStatement statement = new OutcomeStatement(rs.getString("what_changed"),
                new OrganisationId(uuid(rs, "social_actor")), place == null ? null : new PlaceCode(place),
                rs.getString("significance"), rs.getString("contribution"),
                Rows.areas(jdbc, "select area from evidence_harvest_area where outcome_id = ?", id),
                jdbc.queryForList("select partner_id from evidence_harvest_partner where outcome_id = ? order by position",
                        UUID.class, id).stream().map(OrganisationId::new).toList(),
                links.read(id));
        List<SubstantiationView> verdicts = jdbc.query(
                "select * from evidence_substantiation where outcome_id = ? order by event_seq",
                (v, i) -> new SubstantiationView(new PersonId(uuid(v, "verifier_id")),
                        Verdict.valueOf(v.getString("verdict")), v.getString("comment"), date(v, "happened_on")), id);
        return new HarvestedOutcomeView(new HarvestedOutcomeId(id), statement, date(rs, "happened_on"),
                HarvestStatus.valueOf(rs.getString("status")), verdicts, rs.getString("retraction_reason"));
    }
}
