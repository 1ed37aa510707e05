package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.irrigate.app.journey.Moment;
import org.irrigate.app.knownon.KnownInfluence;
import org.irrigate.app.journey.TippingPoints;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The advocacy board and the tipping points (one advocacy action is {@link AdvocacyPages}), read through the influence module's queries. */
@Controller
class InfluencePages {
    /** The journeys service's default window for "before" and "after". */
    static final int WINDOW_DAYS = 180;

    private final QueryGateway queries;
    private final TippingPoints tippingPoints;
    private final CurrentViewer viewer;
    private final KnownInfluence known;

    InfluencePages(QueryGateway queries, TippingPoints tippingPoints, CurrentViewer viewer, KnownInfluence known) {
        this.known = known;
        this.queries = queries;
        this.tippingPoints = tippingPoints;
        this.viewer = viewer;
    }

    @GetMapping("/advocacy")
    String board(@RequestParam(required = false) OrganisationId organisation, HttpSession session, Model model) {
        Instant at = KnownOn.instant(session);
        model.addAttribute("board", at != null ? known.board(organisation, at, viewer.get())
                : QueryAnswers.find(queries, new FindAdvocacyBoard(organisation, viewer.get()), AdvocacyBoard.class)
                .orElseThrow());
        model.addAttribute("organisation", organisation);
        return "advocacy";
    }

    /**
     * Tipping points from the journeys service: those partners marked and, unless turned off, those the record
     * suggests, each with the activity before and after; as known on the session's day when one is chosen.
     */
    @GetMapping("/tipping-points")
    String tippingPoints(@RequestParam(defaultValue = "false") boolean marked, HttpSession session, Model model) {
        model.addAttribute("points", tippingPoints.list(new Moment(KnownOn.instant(session), null), viewer.get(),
                null, !marked));
        model.addAttribute("suggested", !marked);
        model.addAttribute("windowDays", WINDOW_DAYS);
        return "tipping-points";
    }
}
