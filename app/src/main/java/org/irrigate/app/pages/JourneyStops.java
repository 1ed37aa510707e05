package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.irrigate.app.journey.JourneyView.AdvocacyLink;
import org.irrigate.app.journey.JourneyView.Carrier;
import org.irrigate.app.journey.JourneyView.ClaimLink;
import org.irrigate.app.journey.JourneyView.ConversationLink;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.app.journey.JourneyView.RelationshipLink;
import org.irrigate.app.journey.JourneyView.RoleAt;
import org.irrigate.app.journey.JourneyView.StepLink;
import org.irrigate.app.journey.JourneyView.StrengthAt;

/** A journey as a timeline: every dated step in order, with the departures that put it at risk marked. */
final class JourneyStops {
    private JourneyStops() {
    }

    /** One stop on the journey's timeline. */
    public record Stop(LocalDate on, String kind, String text, String href, boolean risk) {
    }

    static List<Stop> of(Journey journey) {
        List<Stop> stops = new ArrayList<>();
        for (ConversationLink c : journey.conversations()) {
            stops.add(new Stop(c.happenedOn(), "Conversation", c.topic() + " (" + c.channel() + ", logged by "
                    + c.loggedBy().name() + ")", "/conversations/" + c.conversationId(), false));
        }
        for (AdvocacyLink a : journey.advocacy()) {
            for (StepLink step : a.steps()) {
                stops.add(new Stop(step.happenedOn(), "Advocacy", a.ask() + ": " + step.description(),
                        "/advocacy/" + a.advocacyActionId(), false));
            }
        }
        for (RelationshipLink r : journey.relationships()) {
            for (StrengthAt h : r.history()) {
                stops.add(new Stop(h.on(), "Relationship", r.first().name() + " and " + r.second().name() + ": "
                        + h.strength().label(), "/relationships", false));
            }
            if (r.atRiskFrom() != null) {
                stops.add(new Stop(r.atRiskFrom(), "Risk", r.first().name() + " and " + r.second().name()
                        + " at risk" + (r.dependsOn() == null ? "" : ": it depended on " + r.dependsOn().name()),
                        "/relationships", true));
            }
        }
        for (Carrier carrier : journey.people()) {
            for (RoleAt role : carrier.roles()) {
                if (role.to() != null && carrier.atDecidingBody()) {
                    stops.add(new Stop(role.to(), "Role ended", carrier.person().name() + " left " + role.title()
                            + " at " + role.organisation().name(), "/people/" + carrier.person().id(), true));
                }
            }
        }
        for (ClaimLink claim : journey.claims()) {
            stops.add(new Stop(claim.claimedOn(), "Contribution claim", claim.strength().name().toLowerCase()
                    + ": " + claim.work() + " — " + claim.rationale() + " (" + claim.status().name().toLowerCase()
                    + ")", null, false));
        }
        var decision = journey.decision();
        if (decision.decidedOn() != null) {
            stops.add(new Stop(decision.decidedOn(), "Decision", decision.title() + ": "
                    + (decision.outcome() == null ? "decided" : decision.outcome().name().toLowerCase().replace('_', ' ')),
                    null, false));
        }
        if (decision.awardedOn() != null && !decision.awardedOn().equals(decision.decidedOn())) {
            stops.add(new Stop(decision.awardedOn(), "Award", decision.title(), null, false));
        }
        stops.sort(Comparator.comparing(Stop::on));
        return stops;
    }
}
