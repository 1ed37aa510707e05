package org.irrigate.app.graph;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.graph.GraphViews.ChangeView;
import org.irrigate.app.graph.GraphViews.FragilityView;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.NodeMetricsPoint;
import org.irrigate.app.graph.GraphViews.NodeMetricsSeries;
import org.irrigate.app.graph.GraphViews.NodeRef;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.springframework.stereotype.Service;

/** Assembles the network graph for the signed-in reader at a day and record time, and computes its figures. */
@Service
public class NetworkGraphService {
    static final int MAX_POINTS = 120;

    private final GraphFactsReader facts;
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final Clock clock;

    NetworkGraphService(GraphFactsReader facts, QueryGateway queries, CurrentViewer viewer, Clock clock) {
        this.facts = facts;
        this.queries = queries;
        this.viewer = viewer;
        this.clock = clock;
    }

    public GraphView graph(LocalDate asOf, Instant knownOn) {
        return GraphPresenter.graph(analyse(asOf, knownOn), knownOn);
    }

    public FragilityView fragility(LocalDate asOf, Instant knownOn) {
        return GraphPresenter.fragility(analyse(asOf, knownOn), knownOn);
    }

    public ChangeView change(LocalDate from, LocalDate to, Instant knownOn) {
        InvalidInputException.requirePresent(from, "from");
        InvalidInputException.requirePresent(to, "to");
        InvalidInputException.require(!to.isBefore(from), "to", "must not be before from");
        KnownFacts known = facts.known(knownOn, viewer.get());
        DirectoryNodes directory = new DirectoryNodes(queries);
        return GraphChange.between(analyse(known, directory, from), analyse(known, directory, to), knownOn);
    }

    /** The day the first known link began, for a time slider's start; null when nothing is known. */
    public LocalDate firstDay(Instant knownOn) {
        return facts.known(knownOn, viewer.get()).firstDay();
    }

    /** The node's figures at {@code from} and every {@code everyMonths} months after, up to {@code to}. */
    public NodeMetricsSeries series(UUID node, LocalDate from, LocalDate to, int everyMonths, Instant knownOn) {
        InvalidInputException.requirePresent(from, "from");
        LocalDate end = to == null ? today() : to;
        InvalidInputException.require(!end.isBefore(from), "to", "must not be before from");
        InvalidInputException.require(everyMonths >= 1 && everyMonths <= 24, "everyMonths",
                "must be between 1 and 24");
        InvalidInputException.require(java.time.temporal.ChronoUnit.MONTHS.between(from, end) / everyMonths
                < MAX_POINTS, "everyMonths", "gives more than " + MAX_POINTS + " points between from and to");
        KnownFacts known = facts.known(knownOn, viewer.get());
        DirectoryNodes directory = new DirectoryNodes(queries);
        List<NodeMetricsPoint> points = new ArrayList<>();
        NodeRef ref = null;
        for (LocalDate day = from; !day.isAfter(end); day = day.plusMonths(everyMonths)) {
            GraphAnalysis analysis = analyse(known, directory, day);
            int v = analysis.graph().indexOf(node);
            if (v < 0) {
                points.add(new NodeMetricsPoint(day, false, 0, 0, 0));
                continue;
            }
            ref = GraphPresenter.ref(analysis.graph(), v);
            var view = GraphPresenter.node(analysis, v);
            points.add(new NodeMetricsPoint(day, true, view.degree(), view.betweenness(), view.closeness()));
        }
        if (ref == null) {
            throw new NotFoundException("Network graph node", node);
        }
        return new NodeMetricsSeries(ref, knownOn, points);
    }

    GraphAnalysis analyse(LocalDate asOf, Instant knownOn) {
        return analyse(facts.known(knownOn, viewer.get()), new DirectoryNodes(queries), asOf == null ? today() : asOf);
    }

    private static GraphAnalysis analyse(KnownFacts known, NodeDirectory directory, LocalDate day) {
        return GraphAnalysis.of(new NetworkGraph(day, known.ties(day), directory), known.journeys(day));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
