package org.irrigate.influence.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.influence.api.Party;

/** Column conventions the influence read models share. */
final class Rows {
    static final String ORGANISATION = "ORGANISATION";
    static final String PERSON = "PERSON";

    private Rows() {
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static String kind(Party party) {
        return party.isPerson() ? PERSON : ORGANISATION;
    }

    static Party party(String kind, UUID id) {
        return PERSON.equals(kind) ? Party.person(new PersonId(id)) : Party.organisation(new OrganisationId(id));
    }

    static Party party(ResultSet rs, String prefix) throws SQLException {
        return party(rs.getString(prefix + "_kind"), uuid(rs, prefix + "_id"));
    }

    /** A LIKE pattern matching the words anywhere, case-insensitively; the reader's % and _ are taken literally. */
    static String contains(String words) {
        String escaped = words.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
