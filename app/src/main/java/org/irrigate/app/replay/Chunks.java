package org.irrigate.app.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the read models that write a batch's rows as it commits (see {@link PerBatch}) share: rows go in chunks one
 * statement can bind, and delivery is at least once, so some of a batch's rows may be written already.
 */
public final class Chunks {
    /** Rows per statement: well under every database's limit on bound parameters. */
    public static final int SIZE = 500;

    private Chunks() {
    }

    /** Hands {@code rows} to {@code write} {@value #SIZE} at a time, in order. */
    public static <T> void inChunks(List<T> rows, Consumer<List<T>> write) {
        for (int from = 0; from < rows.size(); from += SIZE) {
            write.accept(rows.subList(from, Math.min(rows.size(), from + SIZE)));
        }
    }

    /** The placeholders of an {@code in (...)} list of {@code count} values. */
    public static String marks(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /**
     * Those of {@code keys} that {@code table}'s {@code column} already holds: rows of events delivered again (after a
     * crash or a lost claim), which must not be written twice. {@code narrower} is more of the where clause
     * ({@code " and ..."}, or empty), with its own arguments.
     */
    public static <K> Set<K> alreadyWritten(JdbcTemplate jdbc, String table, String column, Class<K> type,
                                            Collection<K> keys, String narrower, Object... narrowerArgs) {
        List<Object> args = new ArrayList<>(keys);
        args.addAll(List.of(narrowerArgs));
        return new HashSet<>(jdbc.queryForList("select " + column + " from " + table + " where " + column + " in ("
                + marks(keys.size()) + ")" + narrower, type, args.toArray()));
    }
}
