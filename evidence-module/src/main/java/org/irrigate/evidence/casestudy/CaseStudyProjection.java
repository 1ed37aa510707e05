package org.irrigate.evidence.casestudy;

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
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyLinked;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.CaseStudyEvent.ConsentRecorded;
import org.irrigate.evidence.api.CaseStudyStatus;
import org.irrigate.evidence.api.ConsentMethod;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudies;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudy;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.EvidenceView.ConsentView;
import org.irrigate.evidence.api.OutcomeNarrative;
import org.irrigate.evidence.readmodel.LinkTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Case studies as they stand now, by partner, status and outcome area. */
@Component
@ProcessingGroup(CaseStudyProjection.PROCESSING_GROUP)
class CaseStudyProjection {
    static final String PROCESSING_GROUP = "evidence-case-studies";

    private final JdbcTemplate jdbc;
    private final LinkTable links;

    CaseStudyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.links = new LinkTable(jdbc, "evidence_case_study_link", "case_study_id");
    }

    @EventHandler
    void on(CaseStudyDrafted event) {
        UUID id = event.caseStudyId().value();
        Integer known = jdbc.queryForObject("select count(*) from evidence_case_study where id = ?", Integer.class, id);
        if (known == null || known == 0) {
            jdbc.update("insert into evidence_case_study (id, partner_id, title, status, version, happened_on, subject)"
                    + " values (?, ?, ?, ?, 1, ?, ?)", id, event.partner().value(), event.title(),
                    CaseStudyStatus.DRAFT.name(), event.happenedOn(), event.content().subject());
        }
        content(id, 1, event.title(), event.content());
    }

    @EventHandler
    void on(CaseStudyRevised event) {
        content(event.caseStudyId().value(), event.version(), event.title(), event.content());
    }

    private void content(UUID id, int version, String title, CaseStudyContent content) {
        jdbc.update("""
                        update evidence_case_study set version = ?, title = ?, stage = ?, subject = ?, personal_details = ?,
                          motivation = ?, experience = ?, why_it_happened = ?, expected_unexpected = ? where id = ?""",
                version, title, content.stage(), content.subject(), content.personalDetails(), content.motivation(),
                content.experience(), content.whyItHappened(), content.expectedAndUnexpected(), id);
        jdbc.update("delete from evidence_case_study_narrative where case_study_id = ?", id);
        for (OutcomeNarrative narrative : content.whatHappened()) {
            jdbc.update("insert into evidence_case_study_narrative (case_study_id, area, narrative) values (?, ?, ?)",
                    id, narrative.area().name(), narrative.narrative());
        }
    }

    @EventHandler
    void on(ConsentRecorded event) {
        jdbc.update("update evidence_case_study set consent_method = ?, consent_scope = ?, consent_on = ? where id = ?",
                event.method().name(), event.scope(), event.happenedOn(), event.caseStudyId().value());
    }

    @EventHandler
    void on(CaseStudyLinked event) {
        links.add(event.caseStudyId().value(), event.links());
    }

    @EventHandler
    void on(CaseStudyPublished event) {
        jdbc.update("update evidence_case_study set status = ?, published_on = ? where id = ?",
                CaseStudyStatus.PUBLISHED.name(), event.happenedOn(), event.caseStudyId().value());
    }

    @ResetHandler
    void reset() {
        links.deleteAll();
        jdbc.update("delete from evidence_case_study_narrative");
        jdbc.update("delete from evidence_case_study");
    }

    @QueryHandler
    List<CaseStudyView> handle(FindCaseStudies query) {
        StringBuilder sql = new StringBuilder("select * from evidence_case_study c where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.partner() != null) {
            sql.append(" and c.partner_id = ?");
            args.add(query.partner().value());
        }
        if (query.status() != null) {
            sql.append(" and c.status = ?");
            args.add(query.status().name());
        }
        if (query.area() != null) {
            sql.append(" and exists (select 1 from evidence_case_study_narrative n where n.case_study_id = c.id"
                    + " and n.area = ?)");
            args.add(query.area().name());
        }
        return jdbc.query(sql + " order by c.happened_on, c.title, c.id", (rs, i) -> view(rs), args.toArray());
    }

    @QueryHandler
    CaseStudyView handle(FindCaseStudy query) {
        return jdbc.query("select * from evidence_case_study where id = ?", (rs, i) -> view(rs),
                query.caseStudyId().value()).stream().findFirst().orElse(null);
    }

    private CaseStudyView view(ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "id");
        List<OutcomeNarrative> narratives = jdbc.query(
                "select area, narrative from evidence_case_study_narrative where case_study_id = ?",
                (n, i) -> new OutcomeNarrative(OutcomeArea.valueOf(n.getString("area")), n.getString("narrative")), id);
        CaseStudyContent content = new CaseStudyContent(rs.getString("stage"), rs.getString("subject"),
                rs.getString("personal_details"), rs.getString("motivation"), rs.getString("experience"), narratives,
                rs.getString("why_it_happened"), rs.getString("expected_unexpected"));
        String method = rs.getString("consent_method");
        ConsentView consent = method == null ? null
                : new ConsentView(ConsentMethod.valueOf(method), rs.getString("consent_scope"), date(rs, "consent_on"));
        return new CaseStudyView(new CaseStudyId(id), new OrganisationId(uuid(rs, "partner_id")), rs.getString("title"),
                CaseStudyStatus.valueOf(rs.getString("status")), rs.getInt("version"), date(rs, "happened_on"),
                content, consent, links.read(id), date(rs, "published_on"));
    }
}
