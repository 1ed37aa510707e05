package org.irrigate.evidence.api;

import java.util.List;
import java.util.Objects;
import org.irrigate.core.api.InvalidInputException;

/** How the api's value types take lists from requests: missing means empty, gaps are refused, repeats dropped. */
final class Lists {
    static final int SUMMARY_TEXT = 160;

    private Lists() {
    }

    static <T> List<T> distinct(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        InvalidInputException.require(values.stream().allMatch(Objects::nonNull), field, "must not contain empty entries");
        return values.stream().distinct().toList();
    }

    /** For enum tags: distinct and in declaration order, so equal tag sets always look the same. */
    static <T extends Comparable<? super T>> List<T> sorted(List<T> values, String field) {
        return distinct(values, field).stream().sorted().toList();
    }

    /** Long free text shortened for a one-line timeline summary. */
    static String abbreviate(String text) {
        return text.length() <= SUMMARY_TEXT ? text : text.substring(0, SUMMARY_TEXT - 1) + "…";
    }
}
