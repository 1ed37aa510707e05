package org.irrigate.evidence.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReview;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.EvidenceView.PackFinding;
import org.irrigate.evidence.api.EvidenceView.PackItem;
import org.irrigate.evidence.api.EvidenceView.PinView;
import org.irrigate.evidence.api.EvidenceView.ReviewPack;
import org.irrigate.evidence.api.TimelineItem;
import org.springframework.stereotype.Component;

/**
 * Puts a review pack together: every pinned item resolved as the network knew it at the review's record time, so a
 * pack exported today shows what the review was based on even after later corrections.
 */
@Component
class ReviewPacks {
    private final QueryGateway queries;
    private final EvidenceReferences references;

    ReviewPacks(QueryGateway queries, EvidenceReferences references) {
        this.queries = queries;
        this.references = references;
    }

    ReviewPack pack(LearningReviewId id) {
        LearningReviewView review = QueryAnswers.one(queries, new FindLearningReview(id), LearningReviewView.class,
                "Learning review", id);
        List<PackItem> items = new ArrayList<>();
        Map<TimelineItem, Integer> numbers = new HashMap<>();
        for (PinView pin : review.pins()) {
            int number = items.size() + 1;
            numbers.put(pin.item(), number);
            items.add(new PackItem(number, pin.item(), pin.why(), references.resolve(pin.item(), review.recordTime())));
        }
        List<PackFinding> findings = review.findings().stream().map(f -> new PackFinding(f.number(), f.text(),
                f.restsOn().stream().map(numbers::get).toList())).toList();
        return new ReviewPack(review, findings, items);
    }

    String markdown(ReviewPack pack) {
        return new ReviewPackMarkdown(this::organisationName).render(pack);
    }

    private String organisationName(OrganisationId id) {
        return QueryAnswers.find(queries, new FindOrganisation(id), OrganisationView.class)
                .map(OrganisationView::name).orElse(id.toString());
    }
}
