package org.irrigate.app.graph;

import java.time.LocalDate;
import java.util.UUID;
import org.irrigate.influence.api.Strength;

/**
 * One reason two nodes are linked on a day. {@code work} is the record it comes from (relationship, conversation,
 * role or seat id), so contribution claims naming that work can be followed to the people in it. {@code weight} is
 * the recency weight of a conversation (1 on the day, halving every year), 1 for every other kind.
 * {@code dependsOn} is the person whose role a relationship relies on, or null.
 */
public record Tie(UUID a, NodeKind aKind, UUID b, NodeKind bKind, LinkKind kind, UUID work, Strength strength,
                  boolean atRisk, double weight, LocalDate since, UUID dependsOn, String title) {

    static Tie of(UUID a, NodeKind aKind, UUID b, NodeKind bKind, LinkKind kind, UUID work, LocalDate since,
                  String title) {
        return new Tie(a, aKind, b, bKind, kind, work, null, false, 1, since, null, title);
    }
}
