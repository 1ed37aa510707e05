package org.irrigate.evidence.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.ReflectionEvent.LearningPointAdded;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionNotesAmended;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.api.TheoryOfChangeEvent.PriorityOutcomesChosen;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeRevised;

/**
 * What an evidence event says beyond its one-line summary, for review packs. Personal details in a case study are
 * left out: a pack travels further than the record it comes from.
 */
final class EvidenceDetail {
    private EvidenceDetail() {
    }

    static List<String> of(NetworkEvent event) {
        return switch (event) {
            case TheoryOfChangeDrafted e -> outcomes(e.outcomes());
            case TheoryOfChangeRevised e -> outcomes(e.outcomes());
            case PriorityOutcomesChosen e -> e.rationale() == null ? List.of() : List.of("Rationale: " + e.rationale());
            case CaseStudyDrafted e -> caseStudy(e.content());
            case CaseStudyRevised e -> caseStudy(e.content());
            case ReflectionRecorded e -> List.of("Notes: " + e.notes());
            case ReflectionNotesAmended e -> List.of("Notes: " + e.notes());
            case LearningPointAdded e -> List.of(e.text(), "Outcome areas: " + names(e.areas()));
            case OutcomeHarvested e -> statement(e.statement());
            case OutcomeSubstantiated e -> List.of("Verdict: " + e.verdict() + " - " + e.comment());
            case null, default -> List.of();
        };
    }

    private static List<String> outcomes(List<Outcome> outcomes) {
        return outcomes.stream().map(o -> o.code() + " (" + o.level() + "; " + names(o.areas()) + "): " + o.text())
                .toList();
    }

    private static List<String> caseStudy(CaseStudyContent content) {
        List<String> lines = new ArrayList<>();
        add(lines, "What stage", content.stage());
        add(lines, "Who/what", content.subject());
        add(lines, "Why", content.motivation());
        add(lines, "What was it like", content.experience());
        content.whatHappened().forEach(n -> lines.add("What happened (" + n.area() + "): " + n.narrative()));
        add(lines, "Why did it happen", content.whyItHappened());
        add(lines, "Expected and unexpected", content.expectedAndUnexpected());
        return lines;
    }

    private static List<String> statement(OutcomeStatement statement) {
        List<String> lines = new ArrayList<>();
        add(lines, "What changed", statement.whatChanged());
        add(lines, "Where", statement.where() == null ? null : statement.where().toString());
        add(lines, "Significance", statement.significance());
        add(lines, "Contribution", statement.contribution());
        lines.add("Outcome areas: " + names(statement.areas()));
        return lines;
    }

    private static void add(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(label + ": " + value);
        }
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
