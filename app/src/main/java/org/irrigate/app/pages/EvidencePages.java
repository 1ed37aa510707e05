package org.irrigate.app.pages;

import static org.irrigate.core.api.HappenedOn.orToday;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownEvidence;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.LearningReviewId;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudies;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudy;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcomes;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReview;
import org.irrigate.evidence.api.EvidenceQuery.FindLearningReviews;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.EvidenceView.LearningReviewView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Evidence: case studies (drafted in the network's template), the harvest register and learning reviews. Drafting
 * a case study is annotation, open to researchers too, but only for one's own organisation (the coordinator may
 * draft for any partner), as in the API. With an "as known on" day, evidence is shown as recorded by its end.
 */
@Controller
class EvidencePages {
    private final QueryGateway queries;
    private final Commands commands;
    private final EventStore events;
    private final KnownEvidence known;
    private final CurrentViewer viewer;

    EvidencePages(QueryGateway queries, Commands commands, EventStore events, KnownEvidence known,
                  CurrentViewer viewer) {
        this.queries = queries;
        this.commands = commands;
        this.events = events;
        this.known = known;
        this.viewer = viewer;
    }

    @GetMapping("/evidence")
    String overview(HttpSession session, Model model) {
        Instant at = KnownOn.instant(session);
        var caseStudies = at != null ? known.caseStudies(at, viewer.get())
                : QueryAnswers.list(queries, new FindCaseStudies(null, null, null), CaseStudyView.class);
        var harvest = at != null ? known.harvest(at, viewer.get())
                : QueryAnswers.list(queries, new FindHarvestedOutcomes(null, null, null), HarvestedOutcomeView.class);
        model.addAttribute("caseStudies", caseStudies.stream()
                .sorted(Comparator.comparing(CaseStudyView::happenedOn).reversed()).toList());
        model.addAttribute("harvest", harvest.stream().sorted(Comparator.comparing(HarvestedOutcomeView::happenedOn))
                .toList());
        model.addAttribute("reviews", at != null ? known.reviews(at, viewer.get())
                : QueryAnswers.list(queries, new FindLearningReviews(), LearningReviewView.class));
        return "evidence";
    }

    @GetMapping("/evidence/case-studies/new")
    String caseStudyForm(Model model) {
        SignedIn me = SignedIn.current();
        return caseStudyForm(model, CaseStudyForm.blank(me.organisation().toString(), LocalDate.now().toString()),
                new FormErrors());
    }

    @PostMapping("/evidence/case-studies")
    String draft(@ModelAttribute CaseStudyForm form, Model model, HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        FormErrors errors = new FormErrors(CaseStudyForm.LABELS, CaseStudyForm.ALIASES);
        OrganisationId partner = form.partner() == null || form.partner().isBlank() ? me.organisation()
                : errors.collect("partner", () -> OrganisationId.of(form.partner()));
        LocalDate on = errors.date("happenedOn", form.happenedOn());
        CaseStudyId id = CaseStudyId.random();
        if (!errors.any()) {
            me.requireActingFor(partner);
            try {
                Existing.require(events, partner, "Organisation");
            } catch (NotFoundException e) {
                errors.add(Commands.FORM, e.getMessage());
            }
        }
        if (!errors.any()) {
            LocalDate day = errors.collect("happenedOn", () -> orToday(on));
            if (day != null) {
                commands.send(new DraftCaseStudy(id, partner, form.title(), form.content(), day), errors);
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return caseStudyForm(model, form, errors);
        }
        return "redirect:/evidence/case-studies/" + id + "?drafted";
    }

    private String caseStudyForm(Model model, CaseStudyForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", OutcomeArea.values());
        model.addAttribute("labels", CaseStudyForm.LABELS);
        model.addAttribute("values", form.values());
        return "case-study-form";
    }

    @GetMapping("/evidence/case-studies/{id}")
    String caseStudy(@PathVariable String id, HttpSession session, Model model) {
        CaseStudyId caseStudyId = DirectoryPages.parse(() -> CaseStudyId.of(id), "Case study", id);
        Instant at = KnownOn.instant(session);
        model.addAttribute("caseStudyId", caseStudyId);
        model.addAttribute("study", at != null
                ? DirectoryPages.known(known.caseStudy(caseStudyId, at, viewer.get()), "Case study", caseStudyId)
                : QueryAnswers.find(queries, new FindCaseStudy(caseStudyId), CaseStudyView.class).orElse(null));
        return "case-study";
    }

    @GetMapping("/evidence/reviews/{id}")
    String review(@PathVariable String id, HttpSession session, Model model) {
        LearningReviewId reviewId = DirectoryPages.parse(() -> LearningReviewId.of(id), "Learning review", id);
        Instant at = KnownOn.instant(session);
        model.addAttribute("review", at != null ? DirectoryPages.known(known.review(reviewId, at, viewer.get()),
                "Learning review", reviewId) : QueryAnswers.one(queries, new FindLearningReview(reviewId),
                LearningReviewView.class, "Learning review", reviewId));
        return "review";
    }
}
