package org.irrigate.evidence.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.evidence.api.EvidenceView.KnownEvent;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.EvidenceView.PackFinding;
import org.irrigate.evidence.api.EvidenceView.PackItem;
import org.irrigate.evidence.api.EvidenceView.ReviewPack;

/** A review pack as a Markdown document a researcher can share: findings first, then what they rest on. */
class ReviewPackMarkdown {
    private final Function<OrganisationId, String> organisationNames;
    private final StringBuilder out = new StringBuilder();

    ReviewPackMarkdown(Function<OrganisationId, String> organisationNames) {
        this.organisationNames = organisationNames;
    }

    String render(ReviewPack pack) {
        LearningReviewView review = pack.review();
        line("# Learning review: " + inline(review.question()));
        line("");
        line("- Period: " + review.period().from() + " to "
                + (review.period().to() == null ? "open" : review.period().to()));
        line("- Scope: " + scope(review));
        line("- Based on the history as recorded up to " + review.recordTime()
                + "; later corrections are not part of it");
        line("- Status: " + review.status() + (review.conclusion() == null ? "" : " - " + inline(review.conclusion())));
        line("");
        line("## Findings");
        line("");
        if (pack.findings().isEmpty()) {
            line("No findings yet.");
        }
        for (PackFinding finding : pack.findings()) {
            line(finding.number() + ". " + inline(finding.text()));
            line("   Rests on: " + finding.restsOn().stream().map(n -> "[" + n + "]").collect(Collectors.joining(", ")));
        }
        line("");
        line("## Pinned items and the evidence they rest on");
        for (PackItem item : pack.items()) {
            item(item);
        }
        return out.toString();
    }

    private String scope(LearningReviewView review) {
        List<String> parts = new ArrayList<>();
        if (!review.scope().organisations().isEmpty()) {
            parts.add("organisations " + review.scope().organisations().stream().map(organisationNames)
                    .collect(Collectors.joining(", ")));
        }
        if (!review.scope().places().isEmpty()) {
            parts.add("places " + review.scope().places().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (!review.scope().areas().isEmpty()) {
            parts.add("outcome areas " + review.scope().areas().stream().map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "the whole network" : String.join("; ", parts);
    }

    private void item(PackItem item) {
        line("");
        String label = item.resolved() == null ? item.item().kind().toString()
                : inline(item.resolved().events().getFirst().summary());
        line("### [" + item.number() + "] " + label);
        line("");
        line("Reference: " + item.item().kind() + " " + item.item().reference());
        if (item.why() != null) {
            line("");
            line("Why pinned: " + inline(item.why()));
        }
        line("");
        if (item.resolved() == null) {
            line("Withheld: nothing of this item is visible to you as recorded by the review's record time.");
            return;
        }
        line("| Happened | Recorded | Recorded by | What |");
        line("|---|---|---|---|");
        for (KnownEvent event : item.resolved().events()) {
            line("| " + event.happenedOn() + " | " + event.recordedAt() + " | " + cell(event.recordedBy()) + " | "
                    + cell(event.summary()) + " |");
        }
        for (KnownEvent event : item.resolved().events()) {
            List<String> detail = EvidenceDetail.of(event.event());
            if (!detail.isEmpty()) {
                line("");
                line("**" + event.eventType() + "** (" + event.happenedOn() + ")");
                line("");
                detail.forEach(d -> line("- " + inline(d)));
            }
        }
    }

    private static String cell(String text) {
        return text == null ? "" : inline(text).replace("|", "\\|");
    }

    /** One line of Markdown: newlines in free text would break lists and tables. */
    private static String inline(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
