package org.irrigate.evidence.theory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.irrigate.core.api.ConflictException.check;
import static org.irrigate.core.api.InvalidInputException.require;
import static org.irrigate.core.api.InvalidInputException.requirePresent;
import static org.irrigate.core.api.InvalidInputException.requireText;
import static org.irrigate.evidence.rules.EvidenceRules.SHORT_TEXT;
import static org.irrigate.evidence.rules.EvidenceRules.TITLE;
import static org.irrigate.evidence.rules.EvidenceRules.happened;
import static org.irrigate.evidence.rules.EvidenceRules.happenedSince;
import static org.irrigate.evidence.rules.EvidenceRules.optionalText;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ChoosePriorityOutcomes;
import org.irrigate.evidence.api.TheoryOfChangeCommand.DraftTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ReviseTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeEvent.PriorityOutcomesChosen;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeRevised;

/**
 * The network's Theory of Change. Each draft or revision is a whole new version, so what the network intended in
 * May 2022 stays readable after it was revised; priority outcomes are always chosen from the current version.
 */
@Aggregate
public class TheoryOfChange {
    static final String CODE_PATTERN = "[A-Za-z0-9.-]{1,20}";

    @AggregateIdentifier
    private TheoryOfChangeId theoryOfChangeId;
    private int version;
    private String title;
    private List<Outcome> outcomes;
    private LocalDate versionOn;
    private Set<String> priorities = Set.of();

    protected TheoryOfChange() {
        // for Axon
    }

    @CommandHandler
    public TheoryOfChange(DraftTheoryOfChange command) {
        String newTitle = requireText(command.title(), "title", TITLE);
        List<Outcome> newOutcomes = validOutcomes(command.outcomes());
        apply(new TheoryOfChangeDrafted(command.theoryOfChangeId(), 1, newTitle, newOutcomes,
                happened(command.happenedOn())));
    }

    @CommandHandler
    void handle(ReviseTheoryOfChange command) {
        String newTitle = command.title() == null ? title : requireText(command.title(), "title", TITLE);
        List<Outcome> newOutcomes = validOutcomes(command.outcomes());
        String whatChanged = requireText(command.whatChanged(), "whatChanged", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), versionOn, "the current version");
        check(!newTitle.equals(title) || !newOutcomes.equals(outcomes),
                "The revision is the same as version " + version + "; nothing to record");
        apply(new TheoryOfChangeRevised(theoryOfChangeId, version + 1, newTitle, newOutcomes, whatChanged, on));
    }

    @CommandHandler
    void handle(ChoosePriorityOutcomes command) {
        List<String> codes = command.outcomeCodes() == null ? List.of()
                : command.outcomeCodes().stream().map(c -> c == null ? "" : c.strip()).distinct().toList();
        require(!codes.isEmpty(), "outcomeCodes", "must name at least one outcome");
        Set<String> known = new HashSet<>(outcomes.stream().map(Outcome::code).toList());
        for (String code : codes) {
            require(known.contains(code), "outcomeCodes", "names '" + code + "', which is not an outcome of version "
                    + version);
        }
        String rationale = optionalText(command.rationale(), "rationale", SHORT_TEXT);
        LocalDate on = happenedSince(command.happenedOn(), versionOn, "the current version");
        check(!Set.copyOf(codes).equals(priorities), "These outcomes are already the priorities");
        apply(new PriorityOutcomesChosen(theoryOfChangeId, version, codes, rationale, on));
    }

    /** Every outcome complete and mapped to at least one outcome area; codes unique within the version. */
    static List<Outcome> validOutcomes(List<Outcome> outcomes) {
        require(outcomes != null && !outcomes.isEmpty(), "outcomes", "must name at least one outcome");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String field = "outcomes[" + i + "].";
            Outcome outcome = requirePresent(outcomes.get(i), "outcomes[" + i + "]");
            String code = requireText(outcome.code(), field + "code", 20);
            require(code.matches(CODE_PATTERN), field + "code", "must be letters, digits, dots or dashes, e.g. I3");
            require(codes.add(code), field + "code", "repeats '" + code + "'; codes must be unique");
            requirePresent(outcome.level(), field + "level");
            requireText(outcome.text(), field + "text", SHORT_TEXT);
            require(!outcome.areas().isEmpty(), field + "areas", "must name at least one outcome area");
        }
        return List.copyOf(outcomes);
    }

    @EventSourcingHandler
    void on(TheoryOfChangeDrafted event) {
        theoryOfChangeId = event.theoryOfChangeId();
        version(event.version(), event.title(), event.outcomes(), event.happenedOn());
    }

    @EventSourcingHandler
    void on(TheoryOfChangeRevised event) {
        version(event.version(), event.title(), event.outcomes(), event.happenedOn());
        priorities = Set.of(); // codes of an earlier version may mean something else now
    }

    private void version(int number, String newTitle, List<Outcome> newOutcomes, LocalDate on) {
        version = number;
        title = newTitle;
        outcomes = newOutcomes;
        versionOn = on;
    }

    @EventSourcingHandler
    void on(PriorityOutcomesChosen event) {
        priorities = Set.copyOf(event.outcomeCodes());
    }
}
