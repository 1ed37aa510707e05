package org.irrigate.app.graph;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.irrigate.app.graph.GraphViews.ChangeView;
import org.irrigate.app.graph.GraphViews.FragilityView;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.NodeMetricsSeries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network graph over time. Every answer takes {@code asOf} (the day, as it was on; today when left out) and
 * {@code knownOn} (the record time, as known on: a date or an instant; everything recorded when left out).
 */
@Tag(name = "Network graph", description = "Who connects whom, brokers, reach into bodies and funders, fragility, "
        + "change over time, and exports for Gephi and Kumu")
@RestController
@RequestMapping("/api/network-graph")
class NetworkGraphController {
    static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");
    static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final NetworkGraphService graphs;

    NetworkGraphController(NetworkGraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping
    GraphView graph(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) String knownOn) {
        return graphs.graph(asOf, GraphTime.knownOn(knownOn));
    }

    @GetMapping("/fragility")
    FragilityView fragility(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                            @RequestParam(required = false) String knownOn) {
        return graphs.fragility(asOf, GraphTime.knownOn(knownOn));
    }

    @GetMapping("/change")
    ChangeView change(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String knownOn) {
        return graphs.change(from, to, GraphTime.knownOn(knownOn));
    }

    @GetMapping("/nodes/{nodeId}/metrics")
    NodeMetricsSeries metrics(@PathVariable UUID nodeId,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "3") int everyMonths,
                              @RequestParam(required = false) String knownOn) {
        return graphs.series(nodeId, from, to, everyMonths, GraphTime.knownOn(knownOn));
    }

    @GetMapping("/export/graphml")
    ResponseEntity<byte[]> graphMl(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) String knownOn) {
        return export(asOf, knownOn, GRAPHML, "graphml", GraphExports::graphMl);
    }

    @GetMapping("/export/gexf")
    ResponseEntity<byte[]> gexf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                @RequestParam(required = false) String knownOn) {
        return export(asOf, knownOn, GEXF, "gexf", GraphExports::gexf);
    }

    @GetMapping("/export/nodes.csv")
    ResponseEntity<byte[]> nodesCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @RequestParam(required = false) String knownOn) {
        return export(asOf, knownOn, CSV, "nodes.csv", GraphExports::nodesCsv);
    }

    @GetMapping("/export/edges.csv")
    ResponseEntity<byte[]> edgesCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    @RequestParam(required = false) String knownOn) {
        return export(asOf, knownOn, CSV, "edges.csv", GraphExports::edgesCsv);
    }

    private ResponseEntity<byte[]> export(LocalDate asOf, String knownOn, MediaType type, String extension,
                                          Function<GraphView, String> format) {
        GraphView graph = graphs.graph(asOf, GraphTime.knownOn(knownOn));
        String filename = "irrigate-network-" + graph.asOf() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(format.apply(graph).getBytes(StandardCharsets.UTF_8));
    }
}
