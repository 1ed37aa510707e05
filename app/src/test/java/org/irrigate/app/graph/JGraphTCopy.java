package org.irrigate.app.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** The same network as a JGraphT graph (node indices as vertices), for the second implementation to work on. */
public final class JGraphTCopy {
    private JGraphTCopy() {
    }

    public static Graph<Integer, DefaultEdge> of(NetworkGraph graph) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < graph.size(); v++) {
            g.addVertex(v);
        }
        graph.links().forEach(l -> g.addEdge(l.a(), l.b()));
        return g;
    }
}
