package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.AdvocacyStatus;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyColumn;
import org.irrigate.influence.api.InfluenceView.LifecycleView;
import org.irrigate.influence.api.InfluenceView.OutcomeView;
import org.irrigate.influence.api.InfluenceView.ResponseView;
import org.irrigate.influence.api.InfluenceView.StepView;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads advocacy actions with their histories; conversations the viewer may not see are left off the steps. */
@Component
class AdvocacyReader {
    private final NamedParameterJdbcTemplate jdbc;
    private final HiddenConversations hidden;

    AdvocacyReader(NamedParameterJdbcTemplate jdbc, HiddenConversations hidden) {
        this.jdbc = jdbc;
        this.hidden = hidden;
    }

    /** Every status is a column, empty ones included, in lifecycle order. */
    AdvocacyBoard board(FindAdvocacyBoard query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "";
        if (query.organisation() != null) {
            where = " where a.target_organisation = :organisation or exists (select 1 from influence_advocacy_party p"
                    + " where p.advocacy_action_id = a.id and p.party_role = 'ADVOCATE' and p.party_id = :organisation)";
            params.addValue("organisation", query.organisation().value());
        }
        List<AdvocacyActionView> actions = views(jdbc.query("select a.* from influence_advocacy_action a" + where
                + " order by a.started_on, a.id", params, AdvocacyReader::row), query.viewer());
        return new AdvocacyBoard(Arrays.stream(AdvocacyStatus.values())
                .map(status -> new AdvocacyColumn(status, actions.stream().filter(a -> a.status() == status).toList()))
                .toList());
    }

    AdvocacyActionView one(UUID id, Viewer viewer) {
        List<Row> rows = jdbc.query("select a.* from influence_advocacy_action a where a.id = :id",
                new MapSqlParameterSource("id", id), AdvocacyReader::row);
        return rows.isEmpty() ? null : views(rows, viewer).getFirst();
    }

    private record Row(UUID id, String ask, String decision, UUID target, LocalDate startedOn, String status) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), rs.getString("ask"), rs.getString("decision_at_stake"),
                Rows.uuid(rs, "target_organisation"), Rows.date(rs, "started_on"), rs.getString("status"));
    }

    /** Everything that happened to the actions, sorted into steps, responses, outcomes and closures per action. */
    private static final class History {
        final List<OrganisationId> advocates = new ArrayList<>();
        final List<PersonId> targetPeople = new ArrayList<>();
        final List<StepView> steps = new ArrayList<>();
        final List<ResponseView> responses = new ArrayList<>();
        final List<OutcomeView> outcomes = new ArrayList<>();
        final List<LifecycleView> lifecycle = new ArrayList<>();
    }

    private List<AdvocacyActionView> views(List<Row> rows, Viewer viewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
        Map<UUID, History> histories = new HashMap<>();
        rows.forEach(r -> histories.put(r.id(), new History()));
        jdbc.query("select * from influence_advocacy_party where advocacy_action_id in (:ids) order by party_id",
                params, rs -> {
                    History history = histories.get(Rows.uuid(rs, "advocacy_action_id"));
                    UUID party = Rows.uuid(rs, "party_id");
                    if (rs.getString("party_role").equals("ADVOCATE")) {
                        history.advocates.add(new OrganisationId(party));
                    } else {
                        history.targetPeople.add(new PersonId(party));
                    }
                });
        Map<String, List<UUID>> stepConversations = new HashMap<>();
        List<UUID> linked = new ArrayList<>();
        jdbc.query("select * from influence_advocacy_step_conversation where advocacy_action_id in (:ids)"
                + " order by seq, link_order", params, rs -> {
            UUID conversation = Rows.uuid(rs, "conversation_id");
            linked.add(conversation);
            stepConversations.computeIfAbsent(Rows.uuid(rs, "advocacy_action_id") + "/" + rs.getLong("seq"),
                    k -> new ArrayList<>()).add(conversation);
        });
        Set<UUID> notShown = hidden.among(linked, viewer);
        jdbc.query("select * from influence_advocacy_entry where advocacy_action_id in (:ids)"
                + " order by happened_on, seq", params, rs -> {
            UUID id = Rows.uuid(rs, "advocacy_action_id");
            add(histories.get(id), rs, stepConversations.getOrDefault(id + "/" + rs.getLong("seq"), List.of()).stream()
                    .filter(c -> !notShown.contains(c)).map(ConversationId::new).toList());
        });
        return rows.stream().map(r -> {
            History h = histories.get(r.id());
            return new AdvocacyActionView(new AdvocacyActionId(r.id()), r.ask(), r.decision(), h.advocates,
                    new OrganisationId(r.target()), h.targetPeople, r.startedOn(), AdvocacyStatus.valueOf(r.status()),
                    h.steps, h.responses, h.outcomes, h.lifecycle);
        }).toList();
    }

    private static void add(History history, ResultSet rs, List<ConversationId> conversations) throws SQLException {
        LocalDate on = Rows.date(rs, "happened_on");
        String detail = rs.getString("detail");
        String description = rs.getString("description");
        switch (rs.getString("entry_kind")) {
            case AdvocacyBoardProjection.STEP -> history.steps.add(new StepView(rs.getInt("step_number"),
                    StepKind.valueOf(detail), description, conversations, on));
            case AdvocacyBoardProjection.RESPONSE -> history.responses.add(
                    new ResponseView(ResponseKind.valueOf(detail), description, on));
            case AdvocacyBoardProjection.OUTCOME -> history.outcomes.add(
                    new OutcomeView(OutcomeResult.valueOf(detail), description, on));
            default -> history.lifecycle.add(new LifecycleView(
                    rs.getString("entry_kind").equals(AdvocacyBoardProjection.CLOSED), description, on));
        }
    }
}
