package org.irrigate.influence.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.irrigate.core.api.InvalidInputException;

/** Input rules the influence aggregates share, on top of {@link InvalidInputException}'s own. */
public final class Rules {
    public static final int REASON_LENGTH = 1000;

    private Rules() {
    }

    /** Blank means "not said" (null); anything else must fit. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : InvalidInputException.requireText(value, field, maxLength);
    }

    /** A list of references without gaps or repeats (the first of each kept); null means none. */
    public static <T> List<T> distinct(Collection<T> values, String field, int max) {
        if (values == null) {
            return List.of();
        }
        InvalidInputException.require(values.stream().allMatch(java.util.Objects::nonNull), field,
                "must not contain empty entries");
        List<T> distinct = List.copyOf(new LinkedHashSet<>(values));
        InvalidInputException.require(distinct.size() <= max, field, "must hold at most " + max + " entries");
        return distinct;
    }

    /** Valid time can't run backwards within one record: nothing happens to it before it began. */
    public static LocalDate notBefore(LocalDate day, LocalDate start, String what) {
        InvalidInputException.requirePresent(day, "happenedOn");
        InvalidInputException.require(!day.isBefore(start), "happenedOn",
                "must not be before " + what + " (" + start + ")");
        return day;
    }
}
