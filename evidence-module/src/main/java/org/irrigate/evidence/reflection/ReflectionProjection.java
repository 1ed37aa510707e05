package org.irrigate.evidence.reflection;

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
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.evidence.api.EvidenceQuery.FindReflection;
import org.irrigate.evidence.api.EvidenceQuery.FindReflections;
import org.irrigate.evidence.api.EvidenceView.LearningPointView;
import org.irrigate.evidence.api.EvidenceView.ReflectionView;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionNotesAmended;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.api.ReflectionKind;
import org.irrigate.evidence.readmodel.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reflection sessions and interviews with their current notes and every learning point. */
@Component
@ProcessingGroup(ReflectionProjection.PROCESSING_GROUP)
class ReflectionProjection {
    static final String PROCESSING_GROUP = "evidence-reflections";
    private static final String ORGANISATION = "ORGANISATION";
    private static final String PERSON = "PERSON";

    private final JdbcTemplate jdbc;

    ReflectionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReflectionRecorded event) {
        UUID id = event.reflectionId().value();
        jdbc.update("delete from evidence_reflection_participant where reflection_id = ?", id);
        jdbc.update("delete from evidence_reflection where id = ?", id);
        jdbc.update("insert into evidence_reflection (id, kind, title, notes, happened_on) values (?, ?, ?, ?, ?)", id,
                event.kind().name(), event.title(), event.notes(), event.happenedOn());
        List<OrganisationId> organisations = event.participants().organisations();
        for (int i = 0; i < organisations.size(); i++) {
            participant(id, ORGANISATION, i, organisations.get(i).value());
        }
        List<PersonId> people = event.participants().people();
        for (int i = 0; i < people.size(); i++) {
            participant(id, PERSON, i, people.get(i).value());
        }
    }

    private void participant(UUID reflection, String kind, int position, UUID participant) {
        jdbc.update("insert into evidence_reflection_participant (reflection_id, kind, position, participant_id)"
                + " values (?, ?, ?, ?)", reflection, kind, position, participant);
    }

    @EventHandler
    void on(ReflectionNotesAmended event) {
        jdbc.update("update evidence_reflection set notes = ? where id = ?", event.notes(), event.reflectionId().value());
    }

    @EventHandler
    void on(LearningPointAdded event) {
        UUID id = event.reflectionId().value();
        int number = event.number();
        for (String table : List.of("evidence_learning_point_item", "evidence_learning_point_area",
                "evidence_learning_point")) {
            jdbc.update("delete from " + table + " where reflection_id = ? and point_no = ?", id, number);
        }
        jdbc.update("insert into evidence_learning_point (reflection_id, point_no, body, happened_on)"
                + " values (?, ?, ?, ?)", id, number, event.text(), event.happenedOn());
        event.areas().forEach(area -> jdbc.update("insert into evidence_learning_point_area (reflection_id, point_no,"
                + " area) values (?, ?, ?)", id, number, area.name()));
        for (int i = 0; i < event.items().size(); i++) {
            jdbc.update("insert into evidence_learning_point_item (reflection_id, point_no, position, item_kind,"
                            + " item_reference) values (?, ?, ?, ?, ?)", id, number, i,
                    event.items().get(i).kind().name(), event.items().get(i).reference());
        }
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("evidence_learning_point_item", "evidence_learning_point_area",
                "evidence_learning_point", "evidence_reflection_participant", "evidence_reflection")) {
            jdbc.update("delete from " + table);
        }
    }

    @QueryHandler
    List<ReflectionView> handle(FindReflections query) {
        StringBuilder sql = new StringBuilder("select * from evidence_reflection r where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.kind() != null) {
            sql.append(" and r.kind = ?");
            args.add(query.kind().name());
        }
        if (query.area() != null) {
            sql.append(" and exists (select 1 from evidence_learning_point_area a where a.reflection_id = r.id"
                    + " and a.area = ?)");
            args.add(query.area().name());
        }
        return jdbc.query(sql + " order by r.happened_on, r.title, r.id", (rs, i) -> view(rs), args.toArray());
    }

    @QueryHandler
    ReflectionView handle(FindReflection query) {
        return jdbc.query("select * from evidence_reflection where id = ?", (rs, i) -> view(rs),
                query.reflectionId().value()).stream().findFirst().orElse(null);
    }

    private ReflectionView view(ResultSet rs) throws SQLException {
        UUID id = uuid(rs, "id");
        Participants participants = new Participants(
                participants(id, ORGANISATION).stream().map(OrganisationId::new).toList(),
                participants(id, PERSON).stream().map(PersonId::new).toList());
        List<LearningPointView> points = jdbc.query(
                "select * from evidence_learning_point where reflection_id = ? order by point_no",
                (p, i) -> new LearningPointView(p.getInt("point_no"), p.getString("body"),
                        Rows.areas(jdbc, "select area from evidence_learning_point_area where reflection_id = ?"
                                + " and point_no = ?", id, p.getInt("point_no")),
                        jdbc.query("select * from evidence_learning_point_item where reflection_id = ? and point_no = ?"
                                + " order by position", (item, j) -> Rows.item(item), id, p.getInt("point_no")),
                        date(p, "happened_on")),
                id);
        return new ReflectionView(new ReflectionId(id), ReflectionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), participants, rs.getString("notes"), date(rs, "happened_on"), points);
    }

    private List<UUID> participants(UUID reflection, String kind) {
        return jdbc.queryForList("select participant_id from evidence_reflection_participant where reflection_id = ?"
                + " and kind = ? order by position", UUID.class, reflection, kind);
    }
}
