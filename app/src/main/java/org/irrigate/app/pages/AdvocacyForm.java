package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;

/**
 * The "start an advocacy action" form as typed: the ask, the decision it should change, who advocates (organisation
 * ids) and whom they target. Read into the influence module's {@link StartAdvocacyAction}, whose rules speak for
 * anything the page does not check first.
 */
public record AdvocacyForm(String happenedOn, String ask, String decisionAtStake, List<String> advocates,
                           String targetOrganisation) {

    public AdvocacyForm {
        advocates = advocates == null ? List.of() : List.copyOf(advocates);
    }

    static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("ask", "The ask");
        labels.put("decisionAtStake", "Decision at stake");
        labels.put("advocates", "Who is asking");
        labels.put("targetOrganisation", "Who decides");
        labels.put("happenedOn", "Date started");
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** A partner's own organisation is always among the advocates; the coordinator chooses. */
    static AdvocacyForm blank(LocalDate today, SignedIn me) {
        return new AdvocacyForm(today.toString(), "", "", me.actsForNetwork() ? List.of()
                : List.of(me.organisation().toString()), "");
    }

    /** The command asked for, or null with every unreadable field noted in {@code errors}. */
    StartAdvocacyAction read(AdvocacyActionId id, FormErrors errors) {
        LocalDate on = errors.happenedOn("happenedOn", happenedOn);
        List<OrganisationId> asking = errors.organisations("advocates", advocates);
        OrganisationId target = errors.organisation("targetOrganisation", targetOrganisation);
        // The module's first rules, checked together so every missing answer shows at once.
        if (ask == null || ask.isBlank()) {
            errors.add("ask", "must not be blank");
        }
        if (decisionAtStake == null || decisionAtStake.isBlank()) {
            errors.add("decisionAtStake", "must not be blank");
        }
        if (asking.isEmpty() && !errors.has("advocates")) {
            errors.add("advocates", "must name at least one organisation");
        }
        if (target == null && !errors.has("targetOrganisation")) {
            errors.add("targetOrganisation", "is required");
        }
        return errors.any() ? null : new StartAdvocacyAction(id, ask, decisionAtStake, Set.copyOf(asking), target,
                Set.of(), on);
    }
}
