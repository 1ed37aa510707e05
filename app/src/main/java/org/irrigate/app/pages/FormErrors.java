package org.irrigate.app.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.irrigate.core.api.InvalidInputException;

/**
 * What was wrong with a submitted form, field by field in form order, for the error summary and the message next
 * to each field. Reasons are the modules' own ("topic must not be blank"), so a page and the API refuse alike.
 */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public Map<String, String> all() {
        return byField;
    }

    void add(String field, String reason) {
        byField.putIfAbsent(field, reason);
    }

    void add(InvalidInputException e) {
        add(e.field(), e.reason());
    }

    /** The value, or null with the field's error noted, so every bad field is reported at once. */
    <T> T collect(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            add(field, e.reason());
            return null;
        }
    }

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "must be a date (YYYY-MM-DD)");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            add(field, "is not one of the choices");
            return null;
        }
    }
}
