package org.irrigate.app.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.LinkView;
import org.irrigate.app.graph.GraphViews.NodeView;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.influence.api.Strength;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exports open in real parsers, names with XML and CSV specials survive, and the figures come through. */
class GraphExportsTest {
    static final UUID TRICKY = UUID.randomUUID();
    static final UUID COUNCIL = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();
    static final String TRICKY_NAME = "Tom & Jerry's <\"Hub\">, Stroud\u0007";

    final GraphView graph = new GraphView(LocalDate.of(2024, 1, 1), Instant.parse("2024-02-01T00:00:00Z"), List.of(
            new NodeView(TRICKY, NodeKind.ORGANISATION, TRICKY_NAME, OrganisationKind.COMMUNITY_ANCHOR, true, false,
                    1, 0, 0.5),
            new NodeView(PERSON, NodeKind.PERSON, "=cmd|' /C calc'!A0", null, false, false, 2, 1, 0.666667),
            new NodeView(COUNCIL, NodeKind.ORGANISATION, "Stroud District Council", OrganisationKind.LOCAL_AUTHORITY,
                    false, true, 1, 0, 0.5)),
            List.of(new LinkView(TRICKY, PERSON, Set.of(LinkKind.ROLE), null, false, 0, 1),
                    new LinkView(PERSON, COUNCIL, Set.of(LinkKind.RELATIONSHIP, LinkKind.CONVERSATION),
                            Strength.TRUSTED, true, 2, 2.75)),
            List.of());

    @Test
    void graphMlOpensInJGraphTsImporterWithEveryAttribute() {
        Map<String, Map<String, Attribute>> nodeAttributes = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttributes = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(true);
        importer.addVertexAttributeConsumer((p, a) -> nodeAttributes.computeIfAbsent(p.getFirst(),
                k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(),
                k -> new HashMap<>()).put(p.getSecond(), a));
        Graph<String, DefaultEdge> imported = new SimpleGraph<>(null, DefaultEdge::new, false);
        importer.importGraph(imported, new StringReader(GraphExports.graphMl(graph)));

        assertThat(imported.vertexSet()).containsExactlyInAnyOrder(TRICKY.toString(), PERSON.toString(),
                COUNCIL.toString());
        assertThat(imported.edgeSet()).hasSize(2);
        assertThat(nodeAttributes.get(TRICKY.toString()).get("label").getValue())
                .isEqualTo("Tom & Jerry's <\"Hub\">, Stroud");
        assertThat(nodeAttributes.get(PERSON.toString()).get("betweenness").getValue()).isEqualTo("1.0");
        DefaultEdge toCouncil = imported.getEdge(PERSON.toString(), COUNCIL.toString());
        assertThat(edgeAttributes.get(toCouncil).get("strength").getValue()).isEqualTo("TRUSTED");
        assertThat(edgeAttributes.get(toCouncil).get("kinds").getValue()).isEqualTo("CONVERSATION RELATIONSHIP");
    }

    @Test
    void gexfParsesAsGexfOneThreeWithNodesEdgesAndDeclaredAttributes() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                GraphExports.gexf(graph).getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("gexf");
        assertThat(root.getNamespaceURI()).isEqualTo(GraphExports.GEXF);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element g = (Element) root.getElementsByTagNameNS(GraphExports.GEXF, "graph").item(0);
        assertThat(g.getAttribute("defaultedgetype")).isEqualTo("undirected");

        Map<String, String> declared = new HashMap<>();
        NodeList attributes = doc.getElementsByTagNameNS(GraphExports.GEXF, "attribute");
        for (int i = 0; i < attributes.getLength(); i++) {
            Element a = (Element) attributes.item(i);
            declared.put(((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id"),
                    a.getAttribute("type"));
        }
        assertThat(declared).containsEntry("node:betweenness", "double").containsEntry("node:degree", "integer")
                .containsEntry("edge:strength", "string");

        NodeList nodes = doc.getElementsByTagNameNS(GraphExports.GEXF, "node");
        assertThat(nodes.getLength()).isEqualTo(3);
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(((Element) nodes.item(0)).getAttribute("label")).isEqualTo("Tom & Jerry's <\"Hub\">, Stroud");
        NodeList edges = doc.getElementsByTagNameNS(GraphExports.GEXF, "edge");
        assertThat(edges.getLength()).isEqualTo(2);
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
            // every attvalue names a declared attribute of its class
            NodeList values = e.getElementsByTagNameNS(GraphExports.GEXF, "attvalue");
            for (int j = 0; j < values.getLength(); j++) {
                assertThat(declared).containsKey("edge:" + ((Element) values.item(j)).getAttribute("for"));
            }
        }
        assertThat(((Element) edges.item(1)).getAttribute("weight")).isEqualTo("2.75");
    }

    @Test
    void csvListsQuoteSpecialsAndDisarmFormulas() {
        List<String> nodes = GraphExports.nodesCsv(graph).lines().toList();
        assertThat(nodes.getFirst()).isEqualTo(
                "Id,Label,Kind,OrganisationKind,Partner,Body,Degree,Betweenness,Closeness");
        assertThat(nodes.get(1)).isEqualTo(TRICKY + ",\"Tom & Jerry's <\"\"Hub\"\">, Stroud\","
                + "ORGANISATION,COMMUNITY_ANCHOR,true,false,1,0.0,0.5");
        assertThat(nodes.get(2)).startsWith(PERSON + ",'=cmd|' /C calc'!A0,PERSON,,false");
        List<String> edges = GraphExports.edgesCsv(graph).lines().toList();
        assertThat(edges.getFirst()).isEqualTo("Source,Target,Type,Kinds,Strength,AtRisk,Conversations,Weight");
        assertThat(edges.get(2)).isEqualTo(PERSON + "," + COUNCIL
                + ",Undirected,CONVERSATION RELATIONSHIP,TRUSTED,true,2,2.75");
    }
}
