package org.irrigate.influence.query;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.Viewer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which of the conversations a shared record links to (evidence, advocacy steps, tipping points) the viewer may not
 * see: those links are left out of what the viewer is shown, so a private conversation never shows through.
 */
@Component
class HiddenConversations {
    private final NamedParameterJdbcTemplate jdbc;

    HiddenConversations(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Set<UUID> among(Collection<UUID> ids, Viewer viewer) {
        if (ids.isEmpty() || viewer.seesAllPrivate()) {
            return Set.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", Set.copyOf(ids));
        String sql = "select id from influence_conversation where id in (:ids) and private_to is not null";
        if (viewer.organisation() != null) {
            sql += " and private_to <> :organisation";
            params.addValue("organisation", viewer.organisation().value());
        }
        List<UUID> hidden = jdbc.queryForList(sql, params, UUID.class);
        return new HashSet<>(hidden);
    }
}
