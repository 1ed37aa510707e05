package org.irrigate.app.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.app.demo.Cast.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The network graph of the demo story through HTTP: change over the three years, fragility, exports, refusals. */
@IntegrationTest
class NetworkGraphApiTest {
    @Autowired
    Api api;
    @Autowired
    Await await;

    @BeforeEach
    void settle() {
        await.projections();
    }

    String json(String user, String path) throws Exception {
        return api.get(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** "a|b|KIND" for each link gained, both orders, so a test can name the pair either way round. */
    static List<String> links(String body, String field) {
        List<Map<String, Object>> links = JsonPath.read(body, "$." + field);
        return links.stream().flatMap(l -> {
            String a = (String) ((Map<?, ?>) l.get("a")).get("id");
            String b = (String) ((Map<?, ?>) l.get("b")).get("id");
            return java.util.stream.Stream.of(a + "|" + b + "|" + l.get("kind"), b + "|" + a + "|" + l.get("kind"));
        }).toList();
    }

    @Test
    void changeFrom2022To2024ShowsTheSeatsAndTheStroudDistrictRelationships() throws Exception {
        String change = json("coordinator", "/api/network-graph/change?from=2022-01-01&to=2024-01-01");
        List<String> gained = links(change, "linksGained");
        assertThat(gained).contains(WILL_MANSELL.value() + "|" + LSP.value() + "|SEAT",
                JO_BENNETT.value() + "|" + ICB.value() + "|SEAT",
                GRACE.value() + "|" + STROUD_DC.value() + "|RELATIONSHIP",
                GL11.value() + "|" + TOM_HUGHES.value() + "|RELATIONSHIP",
                TOM_HUGHES.value() + "|" + STROUD_DC.value() + "|ROLE");
        List<String> reached = JsonPath.read(change, "$.bodiesNewlyReached[*].id");
        assertThat(reached).contains(LSP.value().toString(), ICB.value().toString(), STROUD_DC.value().toString());
        List<String> gainedNodes = JsonPath.read(change, "$.nodesGained[*].label");
        assertThat(gainedNodes).contains("Local Strategic Partnership", "Tom Hughes");
        List<String> brokers = JsonPath.read(change, "$.brokersEmerged[*].node.label");
        assertThat(brokers).contains("Will Mansell", "Jo Bennett");
    }

    @Test
    void graphAtADayCarriesFiguresStrengthAndRisk() throws Exception {
        String graph = json("coordinator", "/api/network-graph?asOf=2023-12-31");
        String ggt = GGT.value().toString();
        String county = COUNTY.value().toString();
        List<Map<String, Object>> ggtCounty = JsonPath.read(graph, "$.links[?((@.source == '" + ggt
                + "' && @.target == '" + county + "') || (@.source == '" + county + "' && @.target == '" + ggt
                + "'))]");
        assertThat(ggtCounty).singleElement().satisfies(link -> {
            assertThat(link.get("strength")).isEqualTo("TRUSTED");
            assertThat(link.get("atRisk")).isEqualTo(true); // the Head of Communities left in June 2023
            assertThat(JsonPath.<List<String>>read(link, "$.kinds")).contains("RELATIONSHIP", "CONVERSATION");
        });
        List<Double> willBetweenness = JsonPath.read(graph, "$.nodes[?(@.label == 'Will Mansell')].betweenness");
        assertThat(willBetweenness.getFirst()).isPositive();
        // Before it was at risk, on the day the relationship was strongest.
        String before = json("coordinator", "/api/network-graph?asOf=2023-06-01");
        List<Boolean> risk = JsonPath.read(before, "$.links[?((@.source == '" + ggt + "' && @.target == '" + county
                + "') || (@.source == '" + county + "' && @.target == '" + ggt + "'))].atRisk");
        assertThat(risk).containsExactly(false);
    }

    @Test
    void asKnownOnLeavesOutWhatWasRecordedLater() throws Exception {
        // The ICB seat started 2023-01-10 and the demo recorded it two days later.
        String notYet = json("coordinator", "/api/network-graph/change?from=2022-01-01&to=2023-02-01"
                + "&knownOn=2023-01-11");
        String known = json("coordinator", "/api/network-graph/change?from=2022-01-01&to=2023-02-01"
                + "&knownOn=2023-01-12T10:00:00Z");
        String seat = JO_BENNETT.value() + "|" + ICB.value() + "|SEAT";
        assertThat(links(notYet, "linksGained")).doesNotContain(seat);
        assertThat(links(known, "linksGained")).contains(seat);
    }

    @Test
    void anotherPartnersPrivateConversationNeverFeedsAPartnersGraph() throws Exception {
        // Grace's private chat is the only link between Priya Shah and the Grace Network after 2023-03-02.
        String priya = PRIYA_SHAH.value().toString();
        String grace = GRACE.value().toString();
        String filter = "$.links[?((@.source == '" + priya + "' && @.target == '" + grace + "') || (@.source == '"
                + grace + "' && @.target == '" + priya + "'))].conversations";
        List<Integer> seenByGrace = JsonPath.read(json("grace", "/api/network-graph?asOf=2023-04-01"), filter);
        List<Integer> seenByGgt = JsonPath.read(json("ggt", "/api/network-graph?asOf=2023-04-01"), filter);
        assertThat(seenByGrace.getFirst()).isEqualTo(seenByGgt.getFirst() + 1);
        List<Integer> seenByCoordinator = JsonPath.read(json("coordinator", "/api/network-graph?asOf=2023-04-01"),
                filter);
        assertThat(seenByCoordinator).isEqualTo(seenByGrace);
    }

    @Test
    void fragilityNamesWhoseDepartureCutsTheNetworkOffAndTheJourneysOnThem() throws Exception {
        String fragility = json("researcher", "/api/network-graph/fragility?asOf=2024-12-31");
        List<Map<String, Object>> will = JsonPath.read(fragility, "$.people[?(@.person.label == 'Will Mansell')]");
        assertThat(will).singleElement().satisfies(person -> {
            assertThat(JsonPath.<List<String>>read(person, "$.bodiesCutOff[*].label"))
                    .contains("Local Strategic Partnership");
            assertThat((Integer) person.get("journeys")).isPositive(); // the Stroud hubs claim on the first meeting
        });
        List<Integer> icbPaths = JsonPath.read(fragility,
                "$.bodies[?(@.body.label == 'NHS Gloucestershire Integrated Care Board')].distinctPaths");
        assertThat(icbPaths.getFirst()).isGreaterThanOrEqualTo(2);
        List<Integer> lspPaths = JsonPath.read(fragility,
                "$.bodies[?(@.body.label == 'Local Strategic Partnership')].distinctPaths");
        assertThat(lspPaths).containsExactly(1);
    }

    @Test
    void nodeMetricsOverTimeFollowTheSeat() throws Exception {
        String series = json("coordinator", "/api/network-graph/nodes/" + LSP.value()
                + "/metrics?from=2022-01-01&to=2024-01-01&everyMonths=6");
        List<Boolean> present = JsonPath.read(series, "$.points[*].present");
        assertThat(present).containsExactly(false, false, true, true, true);
        List<Integer> degree = JsonPath.read(series, "$.points[*].degree");
        assertThat(degree.get(2)).isEqualTo(1);
    }

    @Test
    void exportsComeWithTheirTypeAndFilenameAndParse() throws Exception {
        String graphMl = api.get("ggt", "/api/network-graph/export/graphml?asOf=2024-01-01")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/graphml+xml"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"irrigate-network-2024-01-01.graphml\""))
                .andReturn().getResponse().getContentAsString();
        var imported = new SimpleGraph<String, DefaultEdge>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(imported, new StringReader(graphMl));
        assertThat(imported.vertexSet()).contains(STROUD_DC.value().toString(), LSP.value().toString());
        api.get("ggt", "/api/network-graph/export/gexf?asOf=2024-01-01").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/gexf+xml"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"irrigate-network-2024-01-01.gexf\""));
        String edges = api.get("ggt", "/api/network-graph/export/edges.csv?asOf=2024-01-01")
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(edges.lines().findFirst()).contains("Source,Target,Type,Kinds,Strength,AtRisk,Conversations,Weight");
        assertThat(edges).contains(WILL_MANSELL.value() + "," + LSP.value() + ",Undirected,SEAT");
        api.get("ggt", "/api/network-graph/export/nodes.csv?asOf=2024-01-01").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"irrigate-network-2024-01-01.nodes.csv\""));
    }

    @Test
    void badParametersAreProblemsNamingTheField() throws Exception {
        api.get("coordinator", "/api/network-graph?asOf=2024-13-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        api.get("coordinator", "/api/network-graph?knownOn=yesterday").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("knownOn"));
        api.get("coordinator", "/api/network-graph/change?from=2024-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.get("coordinator", "/api/network-graph/change?from=2024-01-01&to=2023-01-01")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        api.get("coordinator", "/api/network-graph/nodes/" + LSP.value() + "/metrics?from=2022-01-01&everyMonths=0")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("everyMonths"));
        api.get("coordinator", "/api/network-graph/nodes/" + java.util.UUID.randomUUID()
                + "/metrics?from=2022-01-01").andExpect(status().isNotFound());
        api.get("coordinator", "/api/network-graph/nodes/not-a-uuid/metrics?from=2022-01-01")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nodeId"));
    }
}
