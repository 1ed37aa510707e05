package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoint;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoints;
import org.irrigate.influence.api.InfluenceView.TippingPointView;
import org.irrigate.influence.api.TippingPointEvent.TippingPointMarked;
import org.irrigate.influence.api.TippingPointEvent.TippingPointRetracted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Tipping points, newest first, with the organisations, conversations and advocacy actions around them. */
@Component
@ProcessingGroup(TippingPointLog.PROCESSING_GROUP)
class TippingPointLog {
    static final String PROCESSING_GROUP = "tipping-points";
    private static final String ORGANISATION = "ORGANISATION";
    private static final String CONVERSATION = "CONVERSATION";
    private static final String ADVOCACY_ACTION = "ADVOCACY_ACTION";
    private static final ReadModelTables TABLES = new ReadModelTables("influence_tipping_point", "tipping_point_id",
            List.of("influence_tipping_point_link"));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final HiddenConversations hidden;

    TippingPointLog(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, HiddenConversations hidden) {
        this.jdbc = jdbc;
        this.named = named;
        this.hidden = hidden;
    }

    @EventHandler
    void on(TippingPointMarked event) {
        UUID id = event.tippingPointId().value();
        TABLES.forget(jdbc, id);
        jdbc.update("""
                        insert into influence_tipping_point (id, happened_on, what_changed, before_text, after_text,
                          place_code, retracted) values (?, ?, ?, ?, ?, ?, false)""",
                id, event.happenedOn(), event.whatChanged(), event.before(), event.after(),
                event.place() == null ? null : event.place().value());
        link(id, ORGANISATION, event.organisations().stream().map(OrganisationId::value).sorted().toList());
        link(id, CONVERSATION, event.conversations().stream().map(ConversationId::value).toList());
        link(id, ADVOCACY_ACTION, event.advocacyActions().stream().map(AdvocacyActionId::value).toList());
    }

    @EventHandler
    void on(TippingPointRetracted event) {
        jdbc.update("update influence_tipping_point set retracted = true, retraction_reason = ? where id = ?",
                event.reason(), event.tippingPointId().value());
    }

    @ResetHandler
    void reset() {
        TABLES.clear(jdbc);
    }

    @QueryHandler
    List<TippingPointView> handle(FindTippingPoints query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!query.includeRetracted()) {
            where.append(" and t.retracted = false");
        }
        if (query.organisation() != null) {
            where.append(" and exists (select 1 from influence_tipping_point_link l where l.tipping_point_id = t.id"
                    + " and l.link_kind = 'ORGANISATION' and l.target_id = :organisation)");
            params.addValue("organisation", query.organisation().value());
        }
        return views(named.query("select t.* from influence_tipping_point t" + where
                + " order by t.happened_on desc, t.id", params, TippingPointLog::row), query.viewer());
    }

    @QueryHandler
    TippingPointView handle(FindTippingPoint query) {
        List<Row> rows = jdbc.query("select t.* from influence_tipping_point t where t.id = ?", TippingPointLog::row,
                query.tippingPointId().value());
        return rows.isEmpty() ? null : views(rows, query.viewer()).getFirst();
    }

    private void link(UUID id, String kind, List<UUID> targets) {
        for (int i = 0; i < targets.size(); i++) {
            jdbc.update("""
                    insert into influence_tipping_point_link (tipping_point_id, link_kind, link_order, target_id)
                    values (?, ?, ?, ?)""", id, kind, i, targets.get(i));
        }
    }

    private record Row(UUID id, LocalDate happenedOn, String whatChanged, String before, String after, String place,
                       boolean retracted, String retractionReason) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), Rows.date(rs, "happened_on"), rs.getString("what_changed"),
                rs.getString("before_text"), rs.getString("after_text"), rs.getString("place_code"),
                rs.getBoolean("retracted"), rs.getString("retraction_reason"));
    }

    private List<TippingPointView> views(List<Row> rows, Viewer viewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<UUID>> links = new HashMap<>();
        named.query("select * from influence_tipping_point_link where tipping_point_id in (:ids)"
                        + " order by link_kind, link_order", new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList()),
                rs -> {
                    links.computeIfAbsent(Rows.uuid(rs, "tipping_point_id") + "/" + rs.getString("link_kind"),
                            k -> new ArrayList<>()).add(Rows.uuid(rs, "target_id"));
                });
        Set<UUID> notShown = hidden.among(links.entrySet().stream().filter(e -> e.getKey().endsWith(CONVERSATION))
                .flatMap(e -> e.getValue().stream()).toList(), viewer);
        return rows.stream().map(r -> {
            List<UUID> organisations = links.getOrDefault(r.id() + "/" + ORGANISATION, List.of());
            List<UUID> conversations = links.getOrDefault(r.id() + "/" + CONVERSATION, List.of());
            List<UUID> actions = links.getOrDefault(r.id() + "/" + ADVOCACY_ACTION, List.of());
            return new TippingPointView(new TippingPointId(r.id()), r.happenedOn(), r.whatChanged(), r.before(),
                    r.after(), organisations.stream().map(OrganisationId::new).toList(),
                    r.place() == null ? null : new PlaceCode(r.place()),
                    conversations.stream().filter(c -> !notShown.contains(c)).map(ConversationId::new).toList(),
                    actions.stream().map(AdvocacyActionId::new).toList(), r.retracted(), r.retractionReason());
        }).toList();
    }
}
