package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceQuery.FindFollowUps;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.irrigate.influence.api.InfluenceView.PersonNoteView;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the conversation log. Visibility is part of every statement: a private conversation is never read for a
 * viewer who may not see it, so it can't leak through a list, a search, a follow-up or a lookup by id.
 */
@Component
class ConversationReader {
    private final NamedParameterJdbcTemplate jdbc;
    private final HiddenConversations hidden;
    private final PersonNotes notes;

    ConversationReader(NamedParameterJdbcTemplate jdbc, HiddenConversations hidden, PersonNotes notes) {
        this.jdbc = jdbc;
        this.hidden = hidden;
        this.notes = notes;
    }

    List<ConversationView> find(FindConversations query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where ").append(visibleTo(query.viewer(), params));
        if (!query.includeRetracted()) {
            where.append(" and c.retracted = false");
        }
        if (query.organisation() != null) {
            where.append(" and (c.logged_by = :organisation or ").append(taking("ORGANISATION", ":organisation")).append(")");
            params.addValue("organisation", query.organisation().value());
        }
        if (query.person() != null) {
            where.append(" and ").append(taking("PERSON", ":person"));
            params.addValue("person", query.person().value());
        }
        if (query.place() != null) {
            where.append(" and c.place_code = :place");
            params.addValue("place", query.place().value());
        }
        if (Rows.given(query.topic())) {
            where.append(" and lower(c.topic) like :topic escape '\\'");
            params.addValue("topic", Rows.contains(query.topic()));
        }
        if (query.outcomeArea() != null) {
            where.append(" and exists (select 1 from influence_conversation_area a where a.conversation_id = c.id"
                    + " and a.outcome_area = :area)");
            params.addValue("area", query.outcomeArea().name());
        }
        if (Rows.given(query.text())) {
            where.append(" and c.search_text like :text escape '\\'");
            params.addValue("text", Rows.contains(query.text()));
        }
        if (query.from() != null) {
            where.append(" and c.happened_on >= :from");
            params.addValue("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and c.happened_on <= :to");
            params.addValue("to", query.to());
        }
        return views(jdbc.query("select c.* from influence_conversation c" + where
                + " order by c.happened_on desc, c.id", params, ConversationReader::row), query.viewer());
    }

    /** Null when unknown or not the viewer's to see: both are "not found". */
    ConversationView one(UUID id, Viewer viewer) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        List<Row> rows = jdbc.query("select c.* from influence_conversation c where c.id = :id and "
                + visibleTo(viewer, params), params, ConversationReader::row);
        return rows.isEmpty() ? null : views(rows, viewer).getFirst();
    }

    /**
     * Follow-ups as they stood on {@code asOf}: done if completed by then, overdue if still open past the due date.
     * OPEN lists every follow-up not done, overdue ones included. Retracted conversations have none.
     */
    List<FollowUpView> followUps(FindFollowUps query) {
        LocalDate asOf = query.asOf() == null ? LocalDate.now() : query.asOf();
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", asOf);
        StringBuilder where = new StringBuilder(" where c.retracted = false and c.happened_on <= :asOf and ")
                .append(visibleTo(query.viewer(), params));
        String open = "(f.completed_on is null or f.completed_on > :asOf)";
        if (query.status() != null) {
            where.append(switch (query.status()) {
                case OPEN -> " and " + open;
                case OVERDUE -> " and " + open + " and f.due_on < :asOf";
                case DONE -> " and f.completed_on <= :asOf";
            });
        }
        if (query.owner() != null) {
            where.append(" and f.owner_kind = :ownerKind and f.owner_id = :ownerId");
            params.addValue("ownerKind", Rows.kind(query.owner())).addValue("ownerId", query.owner().id());
        }
        return jdbc.query("select f.*, c.topic, c.logged_by from influence_follow_up f"
                        + " join influence_conversation c on c.id = f.conversation_id" + where
                        + " order by f.due_on, c.id, f.follow_up_number", params,
                (rs, n) -> followUp(rs, asOf));
    }

    /** The condition on {@code c} (influence_conversation) that keeps others' private conversations out. */
    static String visibleTo(Viewer viewer, MapSqlParameterSource params) {
        if (viewer.seesAllPrivate()) {
            return "1 = 1";
        }
        if (viewer.organisation() == null) {
            return "c.private_to is null";
        }
        params.addValue("viewer", viewer.organisation().value());
        return "(c.private_to is null or c.private_to = :viewer)";
    }

    private static String taking(String kind, String parameter) {
        return "exists (select 1 from influence_conversation_party p where p.conversation_id = c.id"
                + " and p.party_kind = '" + kind + "' and p.party_id = " + parameter + ")";
    }

    private record Row(UUID id, UUID loggedBy, LocalDate happenedOn, String place, String channel, String topic,
                       String summary, String visibility, int corrections, String lastCorrection, boolean retracted,
                       String retractionReason) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "logged_by"), Rows.date(rs, "happened_on"),
                rs.getString("place_code"), rs.getString("channel"), rs.getString("topic"), rs.getString("summary"),
                rs.getString("visibility"), rs.getInt("corrections"), rs.getString("last_correction"),
                rs.getBoolean("retracted"), rs.getString("retraction_reason"));
    }

    private List<ConversationView> views(List<Row> rows, Viewer viewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<UUID, List<Party>> parties = group(jdbc.query("select * from influence_conversation_party"
                        + " where conversation_id in (:ids) order by party_order", params,
                (rs, n) -> Map.entry(Rows.uuid(rs, "conversation_id"), Rows.party(rs, "party"))));
        Map<UUID, List<String>> asks = group(jdbc.query("select * from influence_conversation_ask"
                        + " where conversation_id in (:ids) order by ask_order", params,
                (rs, n) -> Map.entry(Rows.uuid(rs, "conversation_id"), rs.getString("ask"))));
        Map<UUID, List<OutcomeArea>> areas = group(jdbc.query("select * from influence_conversation_area"
                        + " where conversation_id in (:ids)", params,
                (rs, n) -> Map.entry(Rows.uuid(rs, "conversation_id"), OutcomeArea.valueOf(rs.getString("outcome_area")))));
        LocalDate today = LocalDate.now();
        Map<UUID, List<FollowUpView>> followUps = group(jdbc.query("select f.*, c.topic, c.logged_by"
                        + " from influence_follow_up f join influence_conversation c on c.id = f.conversation_id"
                        + " where f.conversation_id in (:ids) order by f.follow_up_number", params,
                (rs, n) -> Map.entry(Rows.uuid(rs, "conversation_id"), followUp(rs, today))));
        List<Map.Entry<UUID, UUID>> linkRows = jdbc.query("select * from influence_conversation_link"
                        + " where conversation_id in (:ids) order by linked_on, follow_up_conversation_id", params,
                (rs, n) -> Map.entry(Rows.uuid(rs, "conversation_id"), Rows.uuid(rs, "follow_up_conversation_id")));
        var notShown = hidden.among(linkRows.stream().map(Map.Entry::getValue).toList(), viewer);
        Map<UUID, List<UUID>> links = group(linkRows.stream().filter(e -> !notShown.contains(e.getValue())).toList());
        Map<UUID, List<PersonNoteView>> personNotes = notes.ofConversations(ids);
        return rows.stream().map(r -> new ConversationView(new ConversationId(r.id()), new OrganisationId(r.loggedBy()),
                r.happenedOn(), parties.getOrDefault(r.id(), List.of()), r.place() == null ? null : new PlaceCode(r.place()),
                Channel.valueOf(r.channel()), r.topic(), r.summary(), asks.getOrDefault(r.id(), List.of()),
                areas.getOrDefault(r.id(), List.of()).stream().sorted(Comparator.naturalOrder()).toList(),
                Visibility.valueOf(r.visibility()), followUps.getOrDefault(r.id(), List.of()),
                links.getOrDefault(r.id(), List.of()).stream().map(ConversationId::new).toList(), r.corrections(),
                r.lastCorrection(), r.retracted(), r.retractionReason(), personNotes.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static FollowUpView followUp(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate due = Rows.date(rs, "due_on");
        LocalDate completed = Rows.date(rs, "completed_on");
        UUID completedBy = Rows.uuid(rs, "completed_by");
        FollowUpStatus status = completed != null && !completed.isAfter(asOf) ? FollowUpStatus.DONE
                : due.isBefore(asOf) ? FollowUpStatus.OVERDUE : FollowUpStatus.OPEN;
        return new FollowUpView(new ConversationId(Rows.uuid(rs, "conversation_id")), rs.getString("topic"),
                new OrganisationId(Rows.uuid(rs, "logged_by")), rs.getInt("follow_up_number"),
                rs.getString("action_text"), Rows.party(rs, "owner"), due, status, completed,
                completedBy == null ? null : new OrganisationId(completedBy), rs.getString("completion_note"));
    }

    private static <V> Map<UUID, List<V>> group(Collection<Map.Entry<UUID, V>> entries) {
        Map<UUID, List<V>> grouped = new HashMap<>();
        entries.forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return grouped;
    }
}
