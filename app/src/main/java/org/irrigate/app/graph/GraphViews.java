package org.irrigate.app.graph;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;

/** What the network graph API answers. */
public final class GraphViews {
    private GraphViews() {
    }

    /** A node and its figures on the day. */
    public record NodeView(UUID id, NodeKind kind, String label, OrganisationKind organisationKind, boolean partner,
                           boolean body, int degree, double betweenness, double closeness) {
    }

    public record LinkView(UUID source, UUID target, Set<LinkKind> kinds, Strength strength, boolean atRisk,
                           int conversations, double weight) {
    }

    public record NodeRef(UUID id, NodeKind kind, String label) {
    }

    /** A person whose departure would cut the network off from a body, and the journeys resting on their work. */
    public record CutPerson(NodeRef person, int journeys) {
    }

    public record BodyReachView(NodeRef body, OrganisationKind organisationKind, boolean reached, int distinctPaths,
                                List<NodeRef> through, List<CutPerson> cutBy) {
    }

    public record GraphView(LocalDate asOf, Instant knownOn, List<NodeView> nodes, List<LinkView> links,
                            List<BodyReachView> reach) {
    }

    /** A person's fragility: the bodies the network would lose with them, and the journeys resting on them. */
    public record FragilePerson(NodeRef person, List<NodeRef> bodiesCutOff, int journeys) {
    }

    public record FragilityView(LocalDate asOf, Instant knownOn, List<FragilePerson> people,
                                List<BodyReachView> bodies) {
    }

    public record NodeMetricsPoint(LocalDate asOf, boolean present, int degree, double betweenness,
                                   double closeness) {
    }

    public record NodeMetricsSeries(NodeRef node, Instant knownOn, List<NodeMetricsPoint> points) {
    }

    /** A link gained or lost, per kind: a relationship and a conversation between the same two are two changes. */
    public record LinkChange(NodeRef a, NodeRef b, LinkKind kind) {
    }

    public record BrokerChange(NodeRef node, double betweennessBefore, double betweennessAfter) {
    }

    public record ChangeView(LocalDate from, LocalDate to, Instant knownOn, List<NodeRef> nodesGained,
                             List<NodeRef> nodesLost, List<LinkChange> linksGained, List<LinkChange> linksLost,
                             List<NodeRef> bodiesNewlyReached, List<NodeRef> bodiesNoLongerReached,
                             List<BrokerChange> brokersEmerged) {
    }
}
