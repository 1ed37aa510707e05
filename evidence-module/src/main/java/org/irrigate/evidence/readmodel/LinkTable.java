package org.irrigate.evidence.readmodel;

import java.util.List;
import java.util.UUID;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.TimelineItem;
import org.irrigate.evidence.api.TimelineItemKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** A read-model table of links (owner, kind, target) from a piece of evidence to influence and funding records. */
public final class LinkTable {
    private final JdbcTemplate jdbc;
    private final String table;
    private final String owner;

    public LinkTable(JdbcTemplate jdbc, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = ownerColumn;
    }

    /** Safe to repeat: an event delivered twice leaves each link once. */
    public void add(UUID ownerId, Links links) {
        for (TimelineItem item : links.items()) {
            UUID target = UUID.fromString(item.reference());
            jdbc.update("delete from " + table + " where " + owner + " = ? and kind = ? and target_id = ?", ownerId,
                    item.kind().name(), target);
            jdbc.update("insert into " + table + " (" + owner + ", kind, target_id) values (?, ?, ?)", ownerId,
                    item.kind().name(), target);
        }
    }

    public Links read(UUID ownerId) {
        return new Links(targets(ownerId, TimelineItemKind.CONVERSATION).stream().map(ConversationId::new).toList(),
                targets(ownerId, TimelineItemKind.ADVOCACY_ACTION).stream().map(AdvocacyActionId::new).toList(),
                targets(ownerId, TimelineItemKind.AWARD).stream().map(AwardId::new).toList());
    }

    private List<UUID> targets(UUID ownerId, TimelineItemKind kind) {
        return jdbc.queryForList("select target_id from " + table + " where " + owner + " = ? and kind = ?"
                + " order by target_id", UUID.class, ownerId, kind.name());
    }

    public void deleteAll() {
        jdbc.update("delete from " + table);
    }
}
