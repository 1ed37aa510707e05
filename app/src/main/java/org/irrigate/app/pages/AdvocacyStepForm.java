package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.StepKind;

/** "Record a step" on an advocacy action's page, as typed: what was done, when, in words. */
public record AdvocacyStepForm(String kind, String description, String happenedOn) {

    static final Map<String, String> LABELS = orderedLabels();

    private static Map<String, String> orderedLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("kind", "What was done");
        labels.put("description", "What happened");
        labels.put("happenedOn", "Date of the step");
        return java.util.Collections.unmodifiableMap(labels);
    }

    static AdvocacyStepForm blank(LocalDate today) {
        return new AdvocacyStepForm("", "", today.toString());
    }

    /** The command asked for, or null with every unreadable field noted in {@code errors}. */
    TakeAdvocacyStep read(AdvocacyActionId id, FormErrors errors) {
        StepKind what = errors.choice("kind", StepKind.class, kind);
        if (what == null && !errors.has("kind")) {
            errors.add("kind", "is required");
        }
        if (description == null || description.isBlank()) {
            errors.add("description", "must not be blank");
        }
        LocalDate on = errors.happenedOn("happenedOn", happenedOn);
        return errors.any() ? null : new TakeAdvocacyStep(id, what, description, List.of(), on);
    }
}
