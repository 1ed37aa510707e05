package org.irrigate.funding.award;

import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.SchedulePart;
import org.irrigate.funding.facts.Rules;

/**
 * The rules of an award's schedule: every part well formed, for one of the award's recipients, with a unique key,
 * and all parts together adding up exactly to the total (pence, no rounding anywhere).
 */
final class Schedule {
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Schedule() {
    }

    static List<SchedulePart> check(List<SchedulePart> parts, Pence total, Set<OrganisationId> recipients) {
        require(parts != null && !parts.isEmpty(), "schedule", "must have at least one part");
        Set<String> keys = new HashSet<>();
        List<SchedulePart> checked = new java.util.ArrayList<>();
        Pence sum = Pence.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            String field = "schedule[" + i + "]";
            SchedulePart part = requirePresent(parts.get(i), field);
            String key = requirePresent(part.key(), field + ".key").strip();
            require(KEY.matcher(key).matches(), field + ".key",
                    "must be 1 to 40 lower-case letters, digits or dashes, e.g. hubs-2023");
            require(keys.add(key), field + ".key", "is used by another part");
            String label = requireText(part.label(), field + ".label", Rules.TITLE_LENGTH);
            OrganisationId recipient = requirePresent(part.recipient(), field + ".recipient");
            require(recipients.contains(recipient), field + ".recipient", "must be one of the award's recipients");
            requirePresent(part.from(), field + ".from");
            requirePresent(part.to(), field + ".to");
            require(!part.to().isBefore(part.from()), field + ".to", "must not be before 'from'");
            Pence amount = Rules.positive(part.amount(), field + ".amount");
            sum = sum.plus(amount);
            checked.add(new SchedulePart(key, label, recipient, part.from(), part.to(), amount));
        }
        for (OrganisationId recipient : recipients) {
            require(checked.stream().anyMatch(p -> p.recipient().equals(recipient)), "schedule",
                    "has no part for recipient " + recipient + "; every recipient receives something");
        }
        require(sum.equals(total), "schedule", "parts add up to " + sum.formatted() + ", not the total of "
                + total.formatted() + " (" + difference(sum, total) + ")");
        return List.copyOf(checked);
    }

    private static String difference(Pence sum, Pence total) {
        return sum.compareTo(total) > 0 ? sum.minus(total).formatted() + " too much"
                : total.minus(sum).formatted() + " short";
    }
}
