package org.irrigate.app.graph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark on a small network, so it keeps compiling and measuring the right thing: seconds, not minutes. */
class GraphBenchmarkSmokeTest {

    @Test
    void benchmarkRunsOnASmallNetworkAndAgreesWithJGraphT() {
        GraphBenchmark.Result result = GraphBenchmark.run(300, 3_000, 1, 7L);
        assertThat(result.relationshipEvents()).isGreaterThanOrEqualTo(3_000);
        assertThat(result.nodes()).isGreaterThan(300);
        assertThat(result.bodies()).isPositive();
        assertThat(result.maxBetweennessDifference()).isLessThan(1e-6);
        assertThat(result.median().centralityMs()).isPositive();
        assertThat(GraphBenchmark.report(result)).contains("ratio ours centrality / JGraphT betweenness");
    }
}
