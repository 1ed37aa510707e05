package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.core.api.RoleId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.InfluenceQuery.FindRelationshipMap;
import org.irrigate.influence.api.InfluenceView.AssessmentView;
import org.irrigate.influence.api.InfluenceView.DependencyView;
import org.irrigate.influence.api.InfluenceView.MapNode;
import org.irrigate.influence.api.InfluenceView.PersonNoteView;
import org.irrigate.influence.api.InfluenceView.RelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipView;
import org.irrigate.influence.api.InfluenceView.RiskView;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.Strength;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads relationships with their histories; evidence the viewer may not see is left out. */
@Component
class RelationshipReader {
    private final NamedParameterJdbcTemplate jdbc;
    private final HiddenConversations hidden;
    private final Names names;
    private final PersonNotes notes;

    RelationshipReader(NamedParameterJdbcTemplate jdbc, HiddenConversations hidden, Names names, PersonNotes notes) {
        this.jdbc = jdbc;
        this.hidden = hidden;
        this.names = names;
        this.notes = notes;
    }

    RelationshipMap map(FindRelationshipMap query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.organisation() != null) {
            where.append(" and (r.first_id = :organisation or r.second_id = :organisation)");
            params.addValue("organisation", query.organisation().value());
        }
        if (query.atRiskOnly()) {
            where.append(" and r.at_risk = true");
        }
        List<RelationshipView> edges = views(jdbc.query("select r.* from influence_relationship r" + where
                + " order by r.recorded_on, r.id", params, RelationshipReader::row), query.viewer());
        Map<UUID, String> known = edges.isEmpty() ? Map.of() : names.all();
        Map<Party, MapNode> nodes = new LinkedHashMap<>();
        for (RelationshipView edge : edges) {
            for (Party party : List.of(edge.first(), edge.second())) {
                nodes.computeIfAbsent(party, p -> new MapNode(p, known.get(p.id())));
            }
        }
        return new RelationshipMap(List.copyOf(nodes.values()), edges);
    }

    RelationshipView one(UUID id, Viewer viewer) {
        List<Row> rows = jdbc.query("select r.* from influence_relationship r where r.id = :id",
                new MapSqlParameterSource("id", id), RelationshipReader::row);
        return rows.isEmpty() ? null : views(rows, viewer).getFirst();
    }

    private record Row(UUID id, Party first, Party second, LocalDate recordedOn, String strength, LocalDate assessedOn,
                       String trustNote, boolean atRisk, LocalDate atRiskSince) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Rows.uuid(rs, "id"), Rows.party(rs, "first"), Rows.party(rs, "second"),
                Rows.date(rs, "recorded_on"), rs.getString("strength"), Rows.date(rs, "assessed_on"),
                rs.getString("trust_note"), rs.getBoolean("at_risk"), Rows.date(rs, "at_risk_since"));
    }

    private record Evidence(UUID relationshipId, long seq, UUID conversationId) {
    }

    private List<RelationshipView> views(List<Row> rows, Viewer viewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
        List<Evidence> evidence = jdbc.query("select * from influence_relationship_evidence"
                        + " where relationship_id in (:ids) order by seq, evidence_order", params,
                (rs, n) -> new Evidence(Rows.uuid(rs, "relationship_id"), rs.getLong("seq"),
                        Rows.uuid(rs, "conversation_id")));
        Set<UUID> notShown = hidden.among(evidence.stream().map(Evidence::conversationId).toList(), viewer);
        Map<String, List<ConversationId>> evidenceBySeq = new HashMap<>();
        evidence.stream().filter(e -> !notShown.contains(e.conversationId())).forEach(e -> evidenceBySeq
                .computeIfAbsent(e.relationshipId() + "/" + e.seq(), k -> new ArrayList<>())
                .add(new ConversationId(e.conversationId())));
        Map<UUID, List<AssessmentView>> history = new HashMap<>();
        jdbc.query("select * from influence_relationship_assessment where relationship_id in (:ids)"
                + " order by assessed_on, seq", params, rs -> {
            UUID id = Rows.uuid(rs, "relationship_id");
            history.computeIfAbsent(id, k -> new ArrayList<>()).add(new AssessmentView(Rows.date(rs, "assessed_on"),
                    Strength.valueOf(rs.getString("strength")), rs.getString("trust_note"),
                    evidenceBySeq.getOrDefault(id + "/" + rs.getLong("seq"), List.of())));
        });
        Map<UUID, List<DependencyView>> dependencies = new HashMap<>();
        jdbc.query("select * from influence_relationship_dependency where relationship_id in (:ids)"
                + " order by recorded_on, role_id", params, rs -> {
            dependencies.computeIfAbsent(Rows.uuid(rs, "relationship_id"), k -> new ArrayList<>()).add(
                    new DependencyView(new PersonId(Rows.uuid(rs, "person_id")), new RoleId(Rows.uuid(rs, "role_id")),
                            Rows.date(rs, "recorded_on"), Rows.date(rs, "role_ended_on")));
        });
        Map<UUID, List<RiskView>> risks = new HashMap<>();
        jdbc.query("select * from influence_relationship_risk where relationship_id in (:ids) order by seq", params,
                rs -> {
                    UUID role = Rows.uuid(rs, "role_id");
                    risks.computeIfAbsent(Rows.uuid(rs, "relationship_id"), k -> new ArrayList<>()).add(
                            new RiskView(Rows.date(rs, "happened_on"), rs.getBoolean("at_risk"), role == null ? null
                                    : new RoleDependency(new PersonId(Rows.uuid(rs, "person_id")), new RoleId(role)),
                                    rs.getString("reason")));
                });
        Map<UUID, List<PersonNoteView>> personNotes = notes.ofRelationships(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new RelationshipView(new RelationshipId(r.id()), r.first(), r.second(),
                r.recordedOn(), r.strength() == null ? null : Strength.valueOf(r.strength()), r.assessedOn(),
                r.trustNote(), r.atRisk(), r.atRisk() ? r.atRiskSince() : null, history.getOrDefault(r.id(), List.of()),
                dependencies.getOrDefault(r.id(), List.of()), risks.getOrDefault(r.id(), List.of()),
                personNotes.getOrDefault(r.id(), List.of()))).toList();
    }
}
