package org.irrigate.evidence.rules;

import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.irrigate.core.api.OutcomeArea;

/** Rules every evidence aggregate applies the same way, and the text limits its read models are sized for. */
public final class EvidenceRules {
    public static final int TITLE = 200;
    public static final int SHORT_TEXT = 1000;
    public static final int TEXT = 4000;
    public static final int NOTES = 10000;

    private EvidenceRules() {
    }

    public static LocalDate happened(LocalDate day) {
        return requirePresent(day, "happenedOn");
    }

    /** Later entries about a record cannot have happened before the record itself began. */
    public static LocalDate happenedSince(LocalDate day, LocalDate earliest, String what) {
        happened(day);
        require(!day.isBefore(earliest), "happenedOn", "must not be before " + what + " (" + earliest + ")");
        return day;
    }

    /** Null when left blank, otherwise within the limit. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(value, field, maxLength);
    }

    /** At least one outcome area, none empty; returned distinct and in the index's order. */
    public static List<OutcomeArea> areas(List<OutcomeArea> areas, String field) {
        require(areas != null && !areas.isEmpty(), field, "must name at least one outcome area");
        require(areas.stream().allMatch(Objects::nonNull), field, "must not contain empty entries");
        return areas.stream().distinct().sorted().toList();
    }

    /** A list that may be missing (meaning empty) but holds no empty entries; repeats are dropped. */
    public static <T> List<T> entries(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        require(values.stream().allMatch(Objects::nonNull), field, "must not contain empty entries");
        return values.stream().distinct().toList();
    }
}
