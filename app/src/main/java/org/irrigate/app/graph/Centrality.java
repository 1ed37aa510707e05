package org.irrigate.app.graph;

/**
 * Degree, betweenness and closeness of every node of an undirected, unweighted graph given as adjacency lists.
 * Distances are hops: a conversation's recency changes how strong a link is drawn, not how far apart people are.
 *
 * <p>Betweenness is Brandes' algorithm (2001): one breadth-first search per source, then dependencies accumulated
 * back from the farthest nodes. Each unordered pair is counted once (the directed sum halved), unnormalised.
 * Closeness is Wasserman and Faust's form for graphs in pieces: (r-1)/(n-1) × (r-1)/Σd over the r nodes a node
 * reaches (itself included), so it is comparable across components and 0 for an isolated node; on a connected
 * graph it is the usual (n-1)/Σd.
 */
public final class Centrality {
    private Centrality() {
    }

    public record Scores(int[] degree, double[] betweenness, double[] closeness) {
    }

    public static Scores of(int[][] neighbours) {
        int n = neighbours.length;
        int[] degree = new int[n];
        double[] betweenness = new double[n];
        double[] closeness = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            degree[v] = neighbours[v].length;
        }
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(distance, -1);
            java.util.Arrays.fill(paths, 0);
            java.util.Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            // order doubles as the BFS queue: nodes in non-decreasing distance from s.
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            long distanceSum = 0;
            while (head < tail) {
                int v = order[head++];
                distanceSum += distance[v];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            int reached = tail;
            if (reached > 1 && n > 1) {
                closeness[s] = ((reached - 1) / (double) (n - 1)) * ((reached - 1) / (double) distanceSum);
            }
            // Predecessors of w are its neighbours one hop nearer s; walking back in reverse BFS order finds them.
            for (int i = reached - 1; i > 0; i--) {
                int w = order[i];
                double share = (1 + dependency[w]) / paths[w];
                int nearer = distance[w] - 1;
                for (int v : neighbours[w]) {
                    if (distance[v] == nearer) {
                        dependency[v] += paths[v] * share;
                    }
                }
                betweenness[w] += dependency[w];
            }
        }
        for (int v = 0; v < n; v++) {
            betweenness[v] /= 2;
        }
        return new Scores(degree, betweenness, closeness);
    }
}
