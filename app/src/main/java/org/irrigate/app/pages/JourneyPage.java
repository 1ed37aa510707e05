package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import org.irrigate.app.journey.Journeys;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.Moment;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CurrentViewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journey to an award, from the journeys service (the same answer as {@code /api/journeys/awards/{id}}): a
 * network of who and what led to it with a time slider, the same steps as a timeline, and key-person risk. With an
 * "as known on" day it is the journey as the network knew it then; {@code asOf} shows it as it stood on a day.
 */
@Controller
class JourneyPage {
    private final Journeys journeys;
    private final FundingPages funding;
    private final CurrentViewer viewer;

    JourneyPage(Journeys journeys, FundingPages funding, CurrentViewer viewer) {
        this.journeys = journeys;
        this.funding = funding;
        this.viewer = viewer;
    }

    @GetMapping("/funding/awards/{id}/journey")
    String journey(@PathVariable String id, @RequestParam(required = false) String asOf, HttpSession session,
                   Model model) {
        AwardId awardId = DirectoryPages.parse(() -> AwardId.of(id), "Award", id);
        FormErrors errors = new FormErrors();
        LocalDate day = errors.date("asOf", asOf);
        LocalDate knownOn = KnownOn.get(session);
        Journey journey = journeys.ofAward(awardId.value(),
                new Moment(knownOn == null ? null : KnownOn.instant(knownOn).minusNanos(1000), day), viewer.get());
        model.addAttribute("award", funding.award(awardId));
        model.addAttribute("journey", journey);
        model.addAttribute("graph", JourneyGraph.of(journey));
        model.addAttribute("stops", JourneyStops.of(journey));
        model.addAttribute("asOf", day);
        model.addAttribute("errors", errors);
        return "journey";
    }
}
