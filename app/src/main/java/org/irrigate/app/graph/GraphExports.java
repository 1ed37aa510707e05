package org.irrigate.app.graph;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.irrigate.app.graph.GraphViews.GraphView;
import org.irrigate.app.graph.GraphViews.LinkView;
import org.irrigate.app.graph.GraphViews.NodeView;

/**
 * The graph on a day in the formats Gephi, Kumu and spreadsheets read: GraphML, GEXF 1.3 and CSV node and edge
 * lists. XML is written with the JDK's streaming writer, which escapes every name a user typed.
 */
final class GraphExports {
    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF = "http://gexf.net/1.3";

    /** An attribute of a node or a link, as both XML formats declare it. */
    private record Attribute(String id, String type) {
    }

    private static final List<Attribute> NODE_ATTRIBUTES = List.of(new Attribute("label", "string"),
            new Attribute("kind", "string"), new Attribute("organisationKind", "string"),
            new Attribute("partner", "boolean"), new Attribute("body", "boolean"), new Attribute("degree", "int"),
            new Attribute("betweenness", "double"), new Attribute("closeness", "double"));
    private static final List<Attribute> LINK_ATTRIBUTES = List.of(new Attribute("kinds", "string"),
            new Attribute("strength", "string"), new Attribute("atRisk", "boolean"),
            new Attribute("conversations", "int"), new Attribute("weight", "double"));

    private GraphExports() {
    }

    static String graphMl(GraphView graph) {
        return xml(w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML);
            for (Attribute a : NODE_ATTRIBUTES) {
                key(w, "n_" + a.id(), "node", a);
            }
            for (Attribute a : LINK_ATTRIBUTES) {
                key(w, "e_" + a.id(), "edge", a);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "network-" + graph.asOf());
            w.writeAttribute("edgedefault", "undirected");
            for (NodeView n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id().toString());
                List<Object> values = nodeValues(n);
                for (int i = 0; i < NODE_ATTRIBUTES.size(); i++) {
                    data(w, "n_" + NODE_ATTRIBUTES.get(i).id(), values.get(i));
                }
                w.writeEndElement();
            }
            int i = 0;
            for (LinkView l : graph.links()) {
                startEdge(w, i++, l);
                List<Object> values = linkValues(l);
                for (int j = 0; j < LINK_ATTRIBUTES.size(); j++) {
                    data(w, "e_" + LINK_ATTRIBUTES.get(j).id(), values.get(j));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static String gexf(GraphView graph) {
        return xml(w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF);
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeAttribute("lastmodifieddate", graph.asOf().toString());
            w.writeStartElement("creator");
            w.writeCharacters("Irrigate");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("The network as it was on " + graph.asOf()
                    + (graph.knownOn() == null ? "" : ", as known on " + graph.knownOn()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeAttribute("mode", "static");
            attributes(w, "node", NODE_ATTRIBUTES.subList(1, NODE_ATTRIBUTES.size()));
            attributes(w, "edge", LINK_ATTRIBUTES);
            w.writeStartElement("nodes");
            for (NodeView n : graph.nodes()) {
                w.writeStartElement("node");
                w.writeAttribute("id", n.id().toString());
                w.writeAttribute("label", n.label() == null ? "" : text(n.label()));
                List<Object> values = nodeValues(n);
                attValues(w, NODE_ATTRIBUTES.subList(1, NODE_ATTRIBUTES.size()), values.subList(1, values.size()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (LinkView l : graph.links()) {
                startEdge(w, i++, l);
                w.writeAttribute("weight", number(l.weight()));
                attValues(w, LINK_ATTRIBUTES, linkValues(l));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    static String nodesCsv(GraphView graph) {
        StringBuilder csv = new StringBuilder("Id,").append(NODE_ATTRIBUTES.stream().map(a -> capital(a.id()))
                .collect(Collectors.joining(","))).append("\r\n");
        for (NodeView n : graph.nodes()) {
            csv.append(n.id());
            nodeValues(n).forEach(v -> csv.append(',').append(cell(v)));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Source, Target and Type are the column names Gephi's and Kumu's importers look for. */
    static String edgesCsv(GraphView graph) {
        StringBuilder csv = new StringBuilder("Source,Target,Type,").append(LINK_ATTRIBUTES.stream()
                .map(a -> capital(a.id())).collect(Collectors.joining(","))).append("\r\n");
        for (LinkView l : graph.links()) {
            csv.append(l.source()).append(',').append(l.target()).append(",Undirected");
            linkValues(l).forEach(v -> csv.append(',').append(cell(v)));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static List<Object> nodeValues(NodeView n) {
        return java.util.Arrays.asList(n.label(), n.kind(), n.organisationKind(), n.partner(), n.body(), n.degree(),
                n.betweenness(), n.closeness());
    }

    private static List<Object> linkValues(LinkView l) {
        return java.util.Arrays.asList(l.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                l.strength(), l.atRisk(), l.conversations(), l.weight());
    }

    /** Both formats name an edge and its two ends the same way. */
    private static void startEdge(XMLStreamWriter w, int index, LinkView l) throws XMLStreamException {
        w.writeStartElement("edge");
        w.writeAttribute("id", "e" + index);
        w.writeAttribute("source", l.source().toString());
        w.writeAttribute("target", l.target().toString());
    }

    private static void key(XMLStreamWriter w, String id, String target, Attribute a) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", target);
        w.writeAttribute("attr.name", a.id());
        w.writeAttribute("attr.type", a.type());
    }

    private static void data(XMLStreamWriter w, String key, Object value) throws XMLStreamException {
        if (value != null) {
            w.writeStartElement("data");
            w.writeAttribute("key", key);
            w.writeCharacters(text(value));
            w.writeEndElement();
        }
    }

    private static void attributes(XMLStreamWriter w, String target, List<Attribute> list) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", target);
        for (Attribute a : list) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a.id());
            w.writeAttribute("title", a.id());
            w.writeAttribute("type", a.type().equals("int") ? "integer" : a.type());
        }
        w.writeEndElement();
    }

    private static void attValues(XMLStreamWriter w, List<Attribute> list, List<Object> values)
            throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (int i = 0; i < list.size(); i++) {
            if (values.get(i) != null) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", list.get(i).id());
                w.writeAttribute("value", text(values.get(i)));
            }
        }
        w.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry at all (control characters a paste may bring) are dropped. */
    private static String text(Object value) {
        String text = value instanceof Double d ? number(d) : value.toString();
        return text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }

    private static String capital(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * RFC 4180: quote a cell holding a comma, quote or line break, doubling its quotes. A name starting like a
     * formula is prefixed with an apostrophe, so a spreadsheet shows it rather than runs it.
     */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = text(value);
        if (value instanceof String && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n')
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the graph as XML", e);
        }
        return out.toString();
    }
}
