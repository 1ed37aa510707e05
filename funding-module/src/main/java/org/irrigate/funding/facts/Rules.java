package org.irrigate.funding.facts;

import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.irrigate.core.api.Pence;

/** Small checks every funding aggregate shares, each naming the field it complains about. */
public final class Rules {
    public static final int TITLE_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;

    private Rules() {
    }

    /** Optional free text: blank means none. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(value, field, maxLength);
    }

    public static <T> List<T> distinct(List<T> values, String field) {
        List<T> list = values == null ? List.of() : values;
        require(list.stream().noneMatch(java.util.Objects::isNull), field, "must not contain empty entries");
        require(new HashSet<>(list).size() == list.size(), field, "must not name the same entry twice");
        return List.copyOf(list);
    }

    public static Pence positive(Pence amount, String field) {
        require(amount != null, field, "is required");
        require(amount.value() > 0, field, "must be more than zero");
        return amount;
    }

    public static void notBefore(LocalDate day, LocalDate earliest, String field, String what) {
        require(day == null || earliest == null || !day.isBefore(earliest), field,
                "must not be before " + what + " (" + earliest + ")");
    }
}
