package org.irrigate.evidence.api;

import java.util.Comparator;
import java.util.List;
import org.irrigate.core.api.OutcomeArea;

/**
 * The network's case study template (seed 001, Appendix 2). "When?" is the event's {@code happenedOn}. Personal
 * details (age, ethnicity, family set-up of a person the study is about) are kept apart from the rest of the story
 * because they need recorded consent, and can be erased on request without losing the story.
 *
 * @param stage                 what stage: how long the person has been involved or the project running
 * @param subject               who/what: a brief description of the project or person
 * @param personalDetails       relevant characteristics of the person, or null for a project
 * @param motivation            why: the original motivation
 * @param experience            what was it like
 * @param whatHappened          what happened as a result, as a narrative per outcome area
 * @param whyItHappened         why did it make this happen
 * @param expectedAndUnexpected what was expected and unexpected
 */
public record CaseStudyContent(String stage, String subject, String personalDetails, String motivation,
                               String experience, List<OutcomeNarrative> whatHappened, String whyItHappened,
                               String expectedAndUnexpected) {
    public CaseStudyContent {
        personalDetails = personalDetails == null || personalDetails.isBlank() ? null : personalDetails.strip();
        whatHappened = Lists.distinct(whatHappened, "whatHappened").stream()
                .sorted(Comparator.comparing(OutcomeNarrative::area, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public boolean hasPersonalDetails() {
        return personalDetails != null;
    }

    public List<OutcomeArea> areas() {
        return whatHappened.stream().map(OutcomeNarrative::area).distinct().toList();
    }
}
