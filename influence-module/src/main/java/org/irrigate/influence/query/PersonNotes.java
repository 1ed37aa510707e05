package org.irrigate.influence.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.SealedNote;
import org.irrigate.influence.api.InfluenceQuery.FindNotesAboutPerson;
import org.irrigate.influence.api.InfluenceView.NoteAboutPerson;
import org.irrigate.influence.api.InfluenceView.PersonNoteView;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sealed notes about people, opened with each person's key as they are read: the tables hold only what the events
 * hold, so after an erasure a note reads "erased person" in every view, live or rebuilt.
 */
@Component
class PersonNotes {
    static final String CONVERSATION_NOTES = "influence_conversation_note";
    static final String RELATIONSHIP_NOTES = "influence_relationship_note";

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonalDataVault vault;

    PersonNotes(NamedParameterJdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    /** The notes of each conversation in {@code ids}, in the order they were added. */
    Map<UUID, List<PersonNoteView>> ofConversations(Collection<UUID> ids) {
        return of(CONVERSATION_NOTES, "conversation_id", ids);
    }

    Map<UUID, List<PersonNoteView>> ofRelationships(Collection<UUID> ids) {
        return of(RELATIONSHIP_NOTES, "relationship_id", ids);
    }

    /** Subject access: conversations the viewer may not see keep their notes to themselves. */
    @QueryHandler
    List<NoteAboutPerson> handle(FindNotesAboutPerson query) {
        MapSqlParameterSource params = new MapSqlParameterSource("person", query.personId().value());
        List<NoteAboutPerson> notes = new ArrayList<>();
        jdbc.query("select n.* from " + CONVERSATION_NOTES + " n join influence_conversation c"
                + " on c.id = n.conversation_id where n.person_id = :person and "
                + ConversationReader.visibleTo(query.viewer(), params)
                + " order by n.happened_on, n.conversation_id, n.seq", params,
                rs -> {
                    notes.add(new NoteAboutPerson("conversation", Rows.uuid(rs, "conversation_id"),
                            open(Rows.uuid(rs, "person_id"), Rows.date(rs, "happened_on"), rs.getString("sealed_note"))));
                });
        jdbc.query("select * from " + RELATIONSHIP_NOTES + " where person_id = :person"
                + " order by happened_on, relationship_id, seq", params,
                rs -> {
                    notes.add(new NoteAboutPerson("relationship", Rows.uuid(rs, "relationship_id"),
                            open(Rows.uuid(rs, "person_id"), Rows.date(rs, "happened_on"), rs.getString("sealed_note"))));
                });
        return notes;
    }

    private Map<UUID, List<PersonNoteView>> of(String table, String key, Collection<UUID> ids) {
        Map<UUID, List<PersonNoteView>> notes = new HashMap<>();
        if (ids.isEmpty()) {
            return notes;
        }
        jdbc.query("select * from " + table + " where " + key + " in (:ids) order by " + key + ", seq",
                new MapSqlParameterSource("ids", ids), rs -> {
                    notes.computeIfAbsent(Rows.uuid(rs, key), k -> new ArrayList<>()).add(open(
                            Rows.uuid(rs, "person_id"), Rows.date(rs, "happened_on"), rs.getString("sealed_note")));
                });
        return notes;
    }

    private PersonNoteView open(UUID personId, LocalDate on, String sealed) {
        PersonId person = new PersonId(personId);
        return vault.openNote(person, new SealedNote(sealed))
                .map(text -> new PersonNoteView(person, on, text, false))
                .orElseGet(() -> new PersonNoteView(person, on, PersonNoteView.ERASED, true));
    }
}
