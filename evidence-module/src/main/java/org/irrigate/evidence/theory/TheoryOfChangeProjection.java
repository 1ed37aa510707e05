package org.irrigate.evidence.theory;

import static org.irrigate.evidence.readmodel.Rows.date;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.evidence.api.EvidenceQuery.FindTheoriesOfChange;
import org.irrigate.evidence.api.EvidenceQuery.FindTheoryOfChange;
import org.irrigate.evidence.api.EvidenceView.PriorityChoice;
import org.irrigate.evidence.api.EvidenceView.TheoryOfChangeVersion;
import org.irrigate.evidence.api.EvidenceView.TheoryOfChangeView;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.OutcomeLevel;
import org.irrigate.evidence.api.TheoryOfChangeEvent.PriorityOutcomesChosen;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeRevised;
import org.irrigate.evidence.readmodel.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every version of every Theory of Change, and every choice of priority outcomes, side by side. */
@Component
@ProcessingGroup(TheoryOfChangeProjection.PROCESSING_GROUP)
class TheoryOfChangeProjection {
    static final String PROCESSING_GROUP = "evidence-theories-of-change";

    private final JdbcTemplate jdbc;

    TheoryOfChangeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TheoryOfChangeDrafted event) {
        version(event.theoryOfChangeId(), event.version(), event.title(), null, event.outcomes(), event.happenedOn());
    }

    @EventHandler
    void on(TheoryOfChangeRevised event) {
        version(event.theoryOfChangeId(), event.version(), event.title(), event.whatChanged(), event.outcomes(),
                event.happenedOn());
    }

    /** Replaces the rows of this one version only, so a redelivered event changes nothing. */
    private void version(TheoryOfChangeId id, int version, String title, String whatChanged, List<Outcome> outcomes,
                         LocalDate happenedOn) {
        UUID toc = id.value();
        for (String table : List.of("evidence_toc_outcome_area", "evidence_toc_outcome", "evidence_toc_version")) {
            jdbc.update("delete from " + table + " where toc_id = ? and version = ?", toc, version);
        }
        jdbc.update("insert into evidence_toc_version (toc_id, version, title, what_changed, happened_on)"
                + " values (?, ?, ?, ?, ?)", toc, version, title, whatChanged, happenedOn);
        for (int position = 0; position < outcomes.size(); position++) {
            Outcome outcome = outcomes.get(position);
            jdbc.update("insert into evidence_toc_outcome (toc_id, version, position, code, level, description)"
                    + " values (?, ?, ?, ?, ?, ?)", toc, version, position, outcome.code(), outcome.level().name(),
                    outcome.text());
            for (var area : outcome.areas()) {
                jdbc.update("insert into evidence_toc_outcome_area (toc_id, version, position, area)"
                        + " values (?, ?, ?, ?)", toc, version, position, area.name());
            }
        }
    }

    @EventHandler
    void on(PriorityOutcomesChosen event, @SequenceNumber long sequence) {
        UUID toc = event.theoryOfChangeId().value();
        // The aggregate's event sequence numbers the choices: the same on every replay.
        int choice = (int) sequence;
        jdbc.update("delete from evidence_toc_priority_code where toc_id = ? and choice_no = ?", toc, choice);
        jdbc.update("delete from evidence_toc_priority where toc_id = ? and choice_no = ?", toc, choice);
        jdbc.update("insert into evidence_toc_priority (toc_id, choice_no, version, rationale, happened_on)"
                + " values (?, ?, ?, ?, ?)", toc, choice, event.version(), event.rationale(), event.happenedOn());
        for (int position = 0; position < event.outcomeCodes().size(); position++) {
            jdbc.update("insert into evidence_toc_priority_code (toc_id, choice_no, position, code) values (?, ?, ?, ?)",
                    toc, choice, position, event.outcomeCodes().get(position));
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("evidence_toc_priority_code", "evidence_toc_priority", "evidence_toc_outcome_area",
                "evidence_toc_outcome", "evidence_toc_version")) {
            jdbc.update("delete from " + table);
        }
    }

    @QueryHandler
    List<TheoryOfChangeView> handle(FindTheoriesOfChange query) {
        return jdbc.queryForList("select distinct toc_id from evidence_toc_version", UUID.class).stream()
                .map(this::view).sorted(Comparator.comparing(v -> v.versions().getFirst().happenedOn()))
                .toList();
    }

    @QueryHandler
    TheoryOfChangeView handle(FindTheoryOfChange query) {
        Integer versions = jdbc.queryForObject("select count(*) from evidence_toc_version where toc_id = ?",
                Integer.class, query.theoryOfChangeId().value());
        return versions == null || versions == 0 ? null : view(query.theoryOfChangeId().value());
    }

    private TheoryOfChangeView view(UUID toc) {
        List<TheoryOfChangeVersion> versions = jdbc.query(
                "select * from evidence_toc_version where toc_id = ? order by version",
                (rs, i) -> new TheoryOfChangeVersion(rs.getInt("version"), rs.getString("title"),
                        rs.getString("what_changed"), date(rs, "happened_on"), outcomes(toc, rs.getInt("version"))),
                toc);
        List<PriorityChoice> choices = jdbc.query(
                "select * from evidence_toc_priority where toc_id = ? order by choice_no",
                (rs, i) -> new PriorityChoice(i + 1, rs.getInt("version"),
                        jdbc.queryForList("select code from evidence_toc_priority_code where toc_id = ? and choice_no = ?"
                                + " order by position", String.class, toc, rs.getInt("choice_no")),
                        rs.getString("rationale"), date(rs, "happened_on")),
                toc);
        TheoryOfChangeVersion current = versions.getLast();
        return new TheoryOfChangeView(new TheoryOfChangeId(toc), current.title(), current.version(), versions, choices);
    }

    private List<Outcome> outcomes(UUID toc, int version) {
        return jdbc.query("select * from evidence_toc_outcome where toc_id = ? and version = ? order by position",
                (rs, i) -> new Outcome(rs.getString("code"), OutcomeLevel.valueOf(rs.getString("level")),
                        rs.getString("description"), Rows.areas(jdbc, "select area from evidence_toc_outcome_area"
                                + " where toc_id = ? and version = ? and position = ?", toc, version,
                                rs.getInt("position"))),
                toc, version);
    }
}
