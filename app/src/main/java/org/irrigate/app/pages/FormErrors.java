package org.irrigate.app.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.irrigate.core.api.HappenedOn;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;

/**
 * What was wrong with a submitted form, field by field in form order, for the error summary and the message next
 * to each field. Reasons are the modules' own ("topic must not be blank"), so a page and the API refuse alike.
 */
public final class FormErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, String> labels;
    private final Map<String, String> aliases;

    /**
     * @param labels  what each form field is called on the page ("Topic"), in form order
     * @param aliases a module's name for a field ("followUps[0].dueOn") and the form field it is ("followUpDueOn")
     */
    FormErrors(Map<String, String> labels, Map<String, String> aliases) {
        this.labels = labels;
        this.aliases = aliases;
    }

    FormErrors() {
        this(Map.of(), Map.of());
    }

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

    /** "Topic must not be blank": the page's name for the field, the module's reason. */
    void add(String field, String reason) {
        String formField = aliases.getOrDefault(field, labels.containsKey(field) ? field : Commands.FORM);
        String label = labels.get(formField);
        byField.putIfAbsent(formField, label == null ? reason : label + " " + reason);
    }

    /** Errors in the order the fields appear on the form, the form's own first. */
    public Map<String, String> ordered() {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (byField.containsKey(Commands.FORM)) {
            ordered.put(Commands.FORM, byField.get(Commands.FORM));
        }
        labels.keySet().stream().filter(byField::containsKey).forEach(f -> ordered.put(f, byField.get(f)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
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

    /** When something happened: blank is today, and it cannot be a day still to come (the API's rule). */
    LocalDate happenedOn(String field, String text) {
        LocalDate day = date(field, text);
        return has(field) ? null : collect(field, () -> HappenedOn.orToday(day));
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

    /** Pounds as people type them ("£275,000", "1250.50"), exactly, as pence; null when blank. */
    Pence money(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal pounds = new BigDecimal(text.strip().replace("£", "").replace(",", ""));
            if (pounds.scale() > 2) {
                add(field, "must be in pounds and pence (at most two decimal places)");
                return null;
            }
            return collect(field, () -> new Pence(pounds.movePointRight(2).longValueExact()));
        } catch (NumberFormatException | ArithmeticException e) {
            add(field, "must be an amount in pounds, such as 275000 or 1250.50");
            return null;
        }
    }

    /** An organisation chosen from a list; null when none was chosen. */
    OrganisationId organisation(String field, String text) {
        return text == null || text.isBlank() ? null : collect(field, () -> OrganisationId.of(text.strip()));
    }

    /** Organisations ticked in a list, each read as {@link #organisation}. */
    List<OrganisationId> organisations(String field, List<String> texts) {
        List<OrganisationId> ids = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            OrganisationId id = organisation(field, text);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
