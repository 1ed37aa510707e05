package org.irrigate.evidence.byarea;

import static org.irrigate.evidence.readmodel.Rows.date;
import static org.irrigate.evidence.readmodel.Rows.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.EvidenceKind;
import org.irrigate.evidence.api.EvidenceQuery.CountEvidence;
import org.irrigate.evidence.api.EvidenceQuery.FindEvidence;
import org.irrigate.evidence.api.EvidenceView.EvidenceCountView;
import org.irrigate.evidence.api.EvidenceView.EvidenceItemView;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.readmodel.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Evidence by outcome area and partner: published case studies, learning points and harvested outcomes, each under
 * the outcome areas it is tagged with and the partners it is about. Drafts and retracted outcomes are kept but not
 * counted as evidence.
 */
@Component
@ProcessingGroup(EvidenceByArea.PROCESSING_GROUP)
class EvidenceByArea {
    static final String PROCESSING_GROUP = "evidence-by-area";
    static final int TITLE = 200;
    private static final int WHOLE = 0;

    private final JdbcTemplate jdbc;

    private record Cell(OutcomeArea area, UUID partner) {
    }

    EvidenceByArea(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseStudyDrafted event) {
        caseStudy(event.caseStudyId().value(), event.title(), event.content(), event.happenedOn(), false,
                event.partner());
    }

    @EventHandler
    void on(CaseStudyRevised event) {
        UUID id = event.caseStudyId().value();
        // A revision changes the areas and title; the case study's date and whether it is published stay.
        jdbc.query("select happened_on, counted from evidence_item where evidence_id = ? and item_no = 0",
                (RowCallbackHandler) rs -> caseStudy(id, event.title(), event.content(), date(rs, "happened_on"), rs.getBoolean("counted"),
                        event.partner()), id);
    }

    private void caseStudy(UUID id, String title, CaseStudyContent content, LocalDate on, boolean counted,
                           OrganisationId partner) {
        item(id, WHOLE, EvidenceKind.CASE_STUDY, title, on, counted, content.areas(), List.of(partner));
    }

    @EventHandler
    void on(CaseStudyPublished event) {
        counted(event.caseStudyId().value(), true);
    }

    @EventHandler
    void on(ReflectionRecorded event) {
        UUID id = event.reflectionId().value();
        jdbc.update("delete from evidence_reflection_partner where reflection_id = ?", id);
        event.participants().organisations().forEach(partner -> jdbc.update(
                "insert into evidence_reflection_partner (reflection_id, partner_id) values (?, ?)", id,
                partner.value()));
    }

    @EventHandler
    void on(LearningPointAdded event) {
        UUID id = event.reflectionId().value();
        List<OrganisationId> partners = jdbc.queryForList(
                "select partner_id from evidence_reflection_partner where reflection_id = ?", UUID.class, id).stream()
                .map(OrganisationId::new).toList();
        item(id, event.number(), EvidenceKind.LEARNING_POINT, event.text(), event.happenedOn(), true, event.areas(),
                partners);
    }

    @EventHandler
    void on(OutcomeHarvested event) {
        item(event.harvestedOutcomeId().value(), WHOLE, EvidenceKind.HARVESTED_OUTCOME,
                event.statement().whatChanged(), event.happenedOn(), true, event.statement().areas(),
                event.statement().partners());
    }

    @EventHandler
    void on(OutcomeRetracted event) {
        counted(event.harvestedOutcomeId().value(), false);
    }

    /** Replaces the item's rows, so a redelivered event changes nothing. */
    private void item(UUID id, int number, EvidenceKind kind, String title, LocalDate on, boolean counted,
                      Collection<OutcomeArea> areas, Collection<OrganisationId> partners) {
        for (String table : List.of("evidence_item_area", "evidence_item_partner", "evidence_item")) {
            jdbc.update("delete from " + table + " where evidence_id = ? and item_no = ?", id, number);
        }
        jdbc.update("insert into evidence_item (evidence_id, item_no, kind, title, happened_on, counted)"
                + " values (?, ?, ?, ?, ?, ?)", id, number, kind.name(), shortened(title), on, counted);
        areas.forEach(area -> jdbc.update("insert into evidence_item_area (evidence_id, item_no, area)"
                + " values (?, ?, ?)", id, number, area.name()));
        partners.stream().distinct().forEach(partner -> jdbc.update("insert into evidence_item_partner (evidence_id,"
                + " item_no, partner_id) values (?, ?, ?)", id, number, partner.value()));
    }

    private void counted(UUID id, boolean counted) {
        jdbc.update("update evidence_item set counted = ? where evidence_id = ? and item_no = 0", counted, id);
    }

    private static String shortened(String text) {
        return text.length() <= TITLE ? text : text.substring(0, TITLE - 1) + "…";
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("evidence_item_area", "evidence_item_partner", "evidence_item",
                "evidence_reflection_partner")) {
            jdbc.update("delete from " + table);
        }
    }

    @QueryHandler
    List<EvidenceItemView> handle(FindEvidence query) {
        StringBuilder sql = new StringBuilder("select * from evidence_item i where i.counted = true");
        List<Object> args = new ArrayList<>();
        if (query.kind() != null) {
            sql.append(" and i.kind = ?");
            args.add(query.kind().name());
        }
        if (query.area() != null) {
            sql.append(" and exists (select 1 from evidence_item_area a where a.evidence_id = i.evidence_id"
                    + " and a.item_no = i.item_no and a.area = ?)");
            args.add(query.area().name());
        }
        if (query.partner() != null) {
            sql.append(" and exists (select 1 from evidence_item_partner p where p.evidence_id = i.evidence_id"
                    + " and p.item_no = i.item_no and p.partner_id = ?)");
            args.add(query.partner().value());
        }
        return jdbc.query(sql + " order by i.happened_on, i.evidence_id, i.item_no", (rs, n) -> {
            UUID id = uuid(rs, "evidence_id");
            int number = rs.getInt("item_no");
            return new EvidenceItemView(EvidenceKind.valueOf(rs.getString("kind")), id.toString(), number,
                    rs.getString("title"), date(rs, "happened_on"),
                    Rows.areas(jdbc, "select area from evidence_item_area where evidence_id = ? and item_no = ?", id,
                            number),
                    jdbc.queryForList("select partner_id from evidence_item_partner where evidence_id = ?"
                            + " and item_no = ? order by partner_id", UUID.class, id, number).stream()
                            .map(OrganisationId::new).toList());
        }, args.toArray());
    }

    /** Counts per outcome area and partner; evidence naming no partner is counted under a null partner. */
    @QueryHandler
    List<EvidenceCountView> handle(CountEvidence query) {
        String sql = """
                select a.area, p.partner_id, i.kind, count(*) as items
                from evidence_item i
                join evidence_item_area a on a.evidence_id = i.evidence_id and a.item_no = i.item_no
                left join evidence_item_partner p on p.evidence_id = i.evidence_id and p.item_no = i.item_no
                where i.counted = true""" + (query.partner() == null ? "" : " and p.partner_id = ?") + """

                group by a.area, p.partner_id, i.kind""";
        Object[] args = query.partner() == null ? new Object[0] : new Object[] {query.partner().value()};
        Map<Cell, int[]> counts = new LinkedHashMap<>();
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            Cell cell = new Cell(OutcomeArea.valueOf(rs.getString("area")), uuid(rs, "partner_id"));
            counts.computeIfAbsent(cell, k -> new int[EvidenceKind.values().length])
                    [EvidenceKind.valueOf(rs.getString("kind")).ordinal()] += rs.getInt("items");
        }, args);
        return counts.entrySet().stream().map(e -> new EvidenceCountView(e.getKey().area(),
                        e.getKey().partner() == null ? null : new OrganisationId(e.getKey().partner()),
                        e.getValue()[EvidenceKind.CASE_STUDY.ordinal()], e.getValue()[EvidenceKind.LEARNING_POINT.ordinal()],
                        e.getValue()[EvidenceKind.HARVESTED_OUTCOME.ordinal()]))
                .sorted(Comparator.comparing(EvidenceCountView::area)
                        .thenComparing(v -> v.partner() == null ? "~" : v.partner().toString()))
                .toList();
    }
}
