package org.irrigate.app.knownon;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.Viewer;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyLinked;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyPublished;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyRevised;
import org.irrigate.evidence.api.CaseStudyEvent.ConsentRecorded;
import org.irrigate.evidence.api.CaseStudyStatus;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.EvidenceView.ConsentView;
import org.irrigate.evidence.api.EvidenceView.FindingView;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.irrigate.evidence.api.EvidenceView.PinView;
import org.irrigate.evidence.api.EvidenceView.SubstantiationView;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestEvent.OutcomeRetracted;
import org.irrigate.evidence.api.HarvestEvent.OutcomeSubstantiated;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.LearningReviewEvent.FindingWritten;
import org.irrigate.evidence.api.LearningReviewEvent.ItemPinned;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewClosed;
import org.irrigate.evidence.api.LearningReviewEvent.LearningReviewOpened;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.ReviewStatus;
import org.irrigate.evidence.api.TimelineItem;
import org.springframework.stereotype.Component;

/** Case studies, the harvest register and learning reviews as known at a record time, folded as the evidence read
 *  models fold them. */
@Component
public class KnownEvidence {
    private final KnownRecords records;

    KnownEvidence(KnownRecords records) {
        this.records = records;
    }

    /** Every case study, as {@code FindCaseStudies} lists them. */
    public List<CaseStudyView> caseStudies(Instant at, Viewer viewer) {
        return records.all(CASE_STUDY, at, viewer).stream().sorted(Comparator.comparing(CaseStudyView::happenedOn)
                .thenComparing(CaseStudyView::title).thenComparing(c -> c.caseStudyId().value().toString())).toList();
    }

    public CaseStudyView caseStudy(CaseStudyId id, Instant at, Viewer viewer) {
        return records.one(id, CASE_STUDY, at, viewer);
    }

    /** The harvest register, as {@code FindHarvestedOutcomes} lists it. */
    public List<HarvestedOutcomeView> harvest(Instant at, Viewer viewer) {
        return records.all(HARVEST, at, viewer).stream().sorted(Comparator.comparing(HarvestedOutcomeView::happenedOn)
                .thenComparing(h -> h.harvestedOutcomeId().value().toString())).toList();
    }

    public List<LearningReviewView> reviews(Instant at, Viewer viewer) {
        return records.all(REVIEW, at, viewer).stream().sorted(Comparator.comparing(LearningReviewView::openedOn)
                .thenComparing(r -> r.learningReviewId().value().toString())).toList();
    }

    public LearningReviewView review(LearningReviewId id, Instant at, Viewer viewer) {
        return records.one(id, REVIEW, at, viewer);
    }

    /** Links accumulate, each once, sorted as the read model's link table reads them. */
    private static Links sorted(Links links) {
        return new Links(links.conversations().stream().sorted(Comparator.comparing(c -> c.value().toString())).toList(),
                links.advocacyActions().stream().sorted(Comparator.comparing(a -> a.value().toString())).toList(),
                links.awards().stream().sorted(Comparator.comparing(a -> a.value().toString())).toList());
    }

    static final Fold<CaseStudyView> CASE_STUDY = new Fold<>() {
        @Override
        public Set<Class<? extends NetworkEvent>> beginnings() {
            return Set.of(CaseStudyDrafted.class);
        }

        @Override
        public CaseStudyView fold(List<Known> events) {
            CaseStudyDrafted drafted = null;
            String title = null;
            int version = 1;
            CaseStudyContent content = null;
            ConsentView consent = null;
            Links links = Links.NONE;
            boolean published = false;
            java.time.LocalDate publishedOn = null;
            for (Known known : events) {
                switch (known.event()) {
                    case CaseStudyDrafted e -> {
                        drafted = e;
                        title = e.title();
                        content = e.content();
                    }
                    case CaseStudyRevised e -> {
                        version = e.version();
                        title = e.title();
                        content = e.content();
                    }
                    case ConsentRecorded e -> consent = new ConsentView(e.method(), e.scope(), e.happenedOn());
                    case CaseStudyLinked e -> links = links.plus(e.links().without(links));
                    case CaseStudyPublished e -> {
                        published = true;
                        publishedOn = e.happenedOn();
                    }
                    default -> {
                    }
                }
            }
            if (drafted == null) {
                return null;
            }
            return new CaseStudyView(drafted.caseStudyId(), drafted.partner(), title,
                    published ? CaseStudyStatus.PUBLISHED : CaseStudyStatus.DRAFT, version, drafted.happenedOn(),
                    content, consent, sorted(links), publishedOn);
        }
    };

    static final Fold<HarvestedOutcomeView> HARVEST = new Fold<>() {
        @Override
        public Set<Class<? extends NetworkEvent>> beginnings() {
            return Set.of(OutcomeHarvested.class);
        }

        @Override
        public HarvestedOutcomeView fold(List<Known> events) {
            OutcomeHarvested harvested = null;
            HarvestStatus status = HarvestStatus.HARVESTED;
            String retraction = null;
            // one verdict per verifier, the latest, in the order the verdicts were given
            Map<Object, SubstantiationView> verdicts = new LinkedHashMap<>();
            for (Known known : events) {
                switch (known.event()) {
                    case OutcomeHarvested e -> harvested = e;
                    case OutcomeSubstantiated e -> {
                        verdicts.remove(e.verifier());
                        verdicts.put(e.verifier(), new SubstantiationView(e.verifier(), e.verdict(), e.comment(),
                                e.happenedOn()));
                        status = e.status();
                    }
                    case OutcomeRetracted e -> {
                        status = HarvestStatus.RETRACTED;
                        retraction = e.reason();
                    }
                    default -> {
                    }
                }
            }
            if (harvested == null) {
                return null;
            }
            OutcomeStatement s = harvested.statement();
            OutcomeStatement statement = new OutcomeStatement(s.whatChanged(), s.socialActor(), s.where(),
                    s.significance(), s.contribution(), s.areas().stream().distinct().sorted().toList(), s.partners(),
                    sorted(s.links()));
            return new HarvestedOutcomeView(harvested.harvestedOutcomeId(), statement, harvested.happenedOn(), status,
                    List.copyOf(verdicts.values()), retraction);
        }
    };

    static final Fold<LearningReviewView> REVIEW = new Fold<>() {
        @Override
        public Set<Class<? extends NetworkEvent>> beginnings() {
            return Set.of(LearningReviewOpened.class);
        }

        @Override
        public LearningReviewView fold(List<Known> events) {
            LearningReviewOpened opened = null;
            Map<TimelineItem, PinView> pins = new LinkedHashMap<>();
            Map<Integer, FindingView> findings = new TreeMap<>();
            LearningReviewClosed closed = null;
            for (Known known : events) {
                switch (known.event()) {
                    case LearningReviewOpened e -> opened = e;
                    case ItemPinned e -> {
                        pins.remove(e.item());
                        pins.put(e.item(), new PinView(e.item(), e.why(), e.itemRecordedAt(), e.happenedOn()));
                    }
                    case FindingWritten e -> findings.put(e.number(), new FindingView(e.number(), e.text(),
                            List.copyOf(e.restsOn()), e.happenedOn()));
                    case LearningReviewClosed e -> closed = e;
                    default -> {
                    }
                }
            }
            if (opened == null) {
                return null;
            }
            return new LearningReviewView(opened.learningReviewId(), opened.question(), opened.period(),
                    opened.scope(), opened.recordTime(), closed == null ? ReviewStatus.OPEN : ReviewStatus.CLOSED,
                    opened.happenedOn(), new ArrayList<>(pins.values()), new ArrayList<>(findings.values()),
                    closed == null ? null : closed.conclusion(), closed == null ? null : closed.happenedOn());
        }
    };
}
