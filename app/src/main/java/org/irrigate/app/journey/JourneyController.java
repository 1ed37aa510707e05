package org.irrigate.app.journey;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.irrigate.app.journey.JourneyView.Forward;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.RelationshipId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journeys from influence work to funding decisions. Every question takes {@code knownOn} (an instant, or a date
 * meaning the end of that day: as the network knew it then) and {@code asOf} (a date: as it was on that day).
 */
@Tag(name = "Journeys", description = "Which conversations led to which funding decisions, at any moment")
@RestController
@RequestMapping("/api/journeys")
class JourneyController {
    private final Journeys journeys;
    private final JourneyFigures figures;
    private final TippingPoints tippingPoints;
    private final CurrentViewer viewer;

    JourneyController(Journeys journeys, JourneyFigures figures, TippingPoints tippingPoints, CurrentViewer viewer) {
        this.journeys = journeys;
        this.figures = figures;
        this.tippingPoints = tippingPoints;
        this.viewer = viewer;
    }

    @GetMapping("/awards/{id}")
    Journey award(@PathVariable String id, @RequestParam(required = false) String knownOn,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return journeys.ofAward(AwardId.of(id).value(), Moment.of(knownOn, asOf), viewer.get());
    }

    @GetMapping("/bids/{id}")
    Journey bid(@PathVariable String id, @RequestParam(required = false) String knownOn,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return journeys.ofBid(BidId.of(id).value(), Moment.of(knownOn, asOf), viewer.get());
    }

    @GetMapping("/conversations/{id}")
    Forward conversation(@PathVariable String id, @RequestParam(required = false) String knownOn,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return journeys.fromConversation(ConversationId.of(id).value(), Moment.of(knownOn, asOf), viewer.get());
    }

    @GetMapping("/relationships/{id}")
    Forward relationship(@PathVariable String id, @RequestParam(required = false) String knownOn,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return journeys.fromRelationship(RelationshipId.of(id).value(), Moment.of(knownOn, asOf), viewer.get());
    }

    @GetMapping("/figures")
    JourneyFigures.Figures figures(@RequestParam(required = false) String knownOn,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asOf) {
        return figures.figures(null, Moment.of(knownOn, asOf), viewer.get());
    }

    /** Marked tipping points and, unless {@code suggested=false}, suggested ones from signals. */
    @GetMapping("/tipping-points")
    List<TippingPoints.TippingPointView> tippingPoints(
            @RequestParam(required = false) Integer windowDays,
            @RequestParam(defaultValue = "true") boolean suggested,
            @RequestParam(required = false) String knownOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tippingPoints.list(Moment.of(knownOn, asOf), viewer.get(), windowDays, suggested);
    }
}
