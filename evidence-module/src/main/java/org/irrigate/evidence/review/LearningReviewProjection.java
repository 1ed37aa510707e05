package org.irrigate.evidence.review;

import static org.irrigate.evidence.readmodel.Rows.date;
import static org.irrigate.evidence.readmodel.Rows.instant;
import static org.irrigate.evidence.readmodel.Rows.timestamp;
import static org.irrigate.evidence.readmodel.Rows.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.DateRange;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReview;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReviews;
import org.irrigate.evidence.api.EvidenceView.FindingView;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.EvidenceView.PinView;
import org.irrigate.evidence.api.LearningReviewEvent.FindingWritten;
import org.irrigate.evidence.api.LearningReviewEvent.ItemPinned;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewClosed;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewOpened;
import org.irrigate.evidence.api.ReviewScope;
import org.irrigate.evidence.api.ReviewStatus;
import org.irrigate.evidence.readmodel.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Learning reviews with their record time, pins in the order they were made, and findings. */
@Component
@ProcessingGroup(LearningReviewProjection.PROCESSING_GROUP)
class LearningReviewProjection {
    static final String PROCESSING_GROUP = "evidence-learning-reviews";
    private static final List<String> SCOPES = List.of("ORGANISATION", "PLACE", "AREA");

    private final JdbcTemplate jdbc;

    LearningReviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LearningReviewOpened event) {
        UUID id = event.learningReviewId().value();
        jdbc.update("delete from evidence_review_scope where review_id = ?", id);
        jdbc.update("delete from evidence_learning_review where id = ?", id);
        jdbc.update("""
                        insert into evidence_learning_review (id, question, period_from, period_to, record_time, status,
                          opened_on) values (?, ?, ?, ?, ?, ?, ?)""",
                id, event.question(), event.period().from(), event.period().to(), timestamp(event.recordTime()),
                ReviewStatus.OPEN.name(), event.happenedOn());
        ReviewScope scope = event.scope();
        List<List<String>> values = List.of(scope.organisations().stream().map(Object::toString).toList(),
                scope.places().stream().map(Object::toString).toList(), scope.areas().stream().map(Enum::name).toList());
        for (int kind = 0; kind < SCOPES.size(); kind++) {
            for (int i = 0; i < values.get(kind).size(); i++) {
                jdbc.update("insert into evidence_review_scope (review_id, kind, position, scope_value)"
                        + " values (?, ?, ?, ?)", id, SCOPES.get(kind), i, values.get(kind).get(i));
            }
        }
    }

    @EventHandler
    void on(ItemPinned event, @SequenceNumber long sequence) {
        UUID id = event.learningReviewId().value();
        jdbc.update("delete from evidence_review_pin where review_id = ? and item_kind = ? and item_reference = ?", id,
                event.item().kind().name(), event.item().reference());
        jdbc.update("""
                        insert into evidence_review_pin (review_id, item_kind, item_reference, event_seq, why,
                          item_recorded_at, happened_on) values (?, ?, ?, ?, ?, ?, ?)""",
                id, event.item().kind().name(), event.item().reference(), sequence, event.why(),
                timestamp(event.itemRecordedAt()), event.happenedOn());
    }

    @EventHandler
    void on(FindingWritten event) {
        UUID id = event.learningReviewId().value();
        jdbc.update("delete from evidence_finding_basis where review_id = ? and finding_no = ?", id, event.number());
        jdbc.update("delete from evidence_review_finding where review_id = ? and finding_no = ?", id, event.number());
        jdbc.update("insert into evidence_review_finding (review_id, finding_no, body, happened_on) values (?, ?, ?, ?)",
                id, event.number(), event.text(), event.happenedOn());
        for (int i = 0; i < event.restsOn().size(); i++) {
            jdbc.update("""
                            insert into evidence_finding_basis (review_id, finding_no, position, item_kind, item_reference)
                            values (?, ?, ?, ?, ?)""",
                    id, event.number(), i, event.restsOn().get(i).kind().name(), event.restsOn().get(i).reference());
        }
    }

    @EventHandler
    void on(LearningReviewClosed event) {
        jdbc.update("update evidence_learning_review set status = ?, conclusion = ?, closed_on = ? where id = ?",
                ReviewStatus.CLOSED.name(), event.conclusion(), event.happenedOn(), event.learningReviewId().value());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("evidence_finding_basis", "evidence_review_finding", "evidence_review_pin",
                "evidence_review_scope", "evidence_learning_review")) {
            jdbc.update("delete from " + table);
        }
    }

    @QueryHandler
    List<LearningReviewView> handle(FindLearningReviews query) {
        return jdbc.query("select * from evidence_learning_review order by opened_on, id", (rs, i) -> view(rs));
    }

    @QueryHandler
    LearningReviewView handle(FindLearningReview query) {
        return jdbc.query("select * from evidence_learning_review where id = ?", (rs, i) -> view(rs),
                query.learningReviewId().value()).stream().findFirst().orElse(null);
    }

    private LearningReviewView view(ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "id");
        ReviewScope scope = new ReviewScope(scope(id, 0).stream().map(OrganisationId::of).toList(),
                scope(id, 1).stream().map(PlaceCode::new).toList(), scope(id, 2).stream().map(OutcomeArea::valueOf).toList());
        List<PinView> pins = jdbc.query("select * from evidence_review_pin where review_id = ? order by event_seq",
                (p, i) -> new PinView(Rows.item(p), p.getString("why"), instant(p, "item_recorded_at"),
                        date(p, "happened_on")), id);
        List<FindingView> findings = jdbc.query(
                "select * from evidence_review_finding where review_id = ? order by finding_no",
                (f, i) -> new FindingView(f.getInt("finding_no"), f.getString("body"),
                        jdbc.query("select * from evidence_finding_basis where review_id = ? and finding_no = ?"
                                + " order by position", (b, j) -> Rows.item(b), id, f.getInt("finding_no")),
                        date(f, "happened_on")), id);
        return new LearningReviewView(new LearningReviewId(id), rs.getString("question"),
                new DateRange(date(rs, "period_from"), date(rs, "period_to")), scope, instant(rs, "record_time"),
                ReviewStatus.valueOf(rs.getString("status")), date(rs, "opened_on"), pins, findings,
                rs.getString("conclusion"), date(rs, "closed_on"));
    }

    private List<String> scope(UUID review, int kind) {
        return jdbc.queryForList("select scope_value from evidence_review_scope where review_id = ? and kind = ?"
                + " order by position", String.class, review, SCOPES.get(kind));
    }
}
