package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import org.irrigate.app.journey.Journeys;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.Moment;
import org.irrigate.app.knownon.KnownFunding;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.funding.api.FundingView.AwardView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The journey to an award, from the journeys service (the same answer as {@code /api/journeys/awards/{id}}): a
 * network of who and what led to it with a time slider, the same steps as a timeline, and key-person risk. With an
 * "as known on" day it is the journey as the network knew it then, under the award as then recorded (its amount,
 * recipients and dates before later amendments); an award recorded only later has no journey yet, and the page
 * says so. {@code asOf} shows it as it stood on a day.
 */
@Controller
class JourneyPage {
    private final Journeys journeys;
    private final FundingPages funding;
    private final KnownFunding known;
    private final CurrentViewer viewer;

    JourneyPage(Journeys journeys, FundingPages funding, KnownFunding known, CurrentViewer viewer) {
        this.journeys = journeys;
        this.funding = funding;
        this.known = known;
        this.viewer = viewer;
    }

    @GetMapping("/funding/awards/{id}/journey")
    String journey(@PathVariable String id, @RequestParam(required = false) String asOf, HttpSession session,
                   HttpServletResponse response, Model model) {
        AwardId awardId = DirectoryPages.parse(() -> AwardId.of(id), "Award", id);
        FormErrors errors = new FormErrors();
        LocalDate day = errors.date("asOf", asOf);
        // the heading and the journey read the same record time, so they agree on what was known
        Instant at = KnownOn.instant(session);
        AwardView award = at == null ? funding.award(awardId) : known.award(awardId, at, viewer.get());
        if (award == null) {
            funding.award(awardId); // an award that does not exist at all is simply not found
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("awardId", awardId);
            return "journey-not-yet";
        }
        Journey journey = journeys.ofAward(awardId.value(), new Moment(at, day), viewer.get());
        model.addAttribute("award", award);
        model.addAttribute("journey", journey);
        model.addAttribute("graph", JourneyGraph.of(journey));
        model.addAttribute("stops", JourneyStops.of(journey));
        model.addAttribute("asOf", day);
        model.addAttribute("errors", errors);
        return "journey";
    }
}
