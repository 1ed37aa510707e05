package org.irrigate.app.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irrigate.app.journey.JourneyView.Journey;
import org.irrigate.core.api.Viewer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export of a disposable replay: every award's journey, every decided bid's journey, and the figures, as the
 * replayed history shows them. Nothing in it depends on when or by which job it was made, and everything is in a
 * fixed order, so replaying the same events gives byte-identical files.
 */
@Component
public class JourneyExport {
    private static final List<String> COLUMNS = List.of("journey", "decision_id", "title", "outcome", "amount_pence",
            "decided_on", "element", "element_id", "element_on", "label", "detail");

    private final Journeys journeys;
    private final JourneyFigures figures;
    private final JsonMapper json;

    JourneyExport(Journeys journeys, JourneyFigures figures, JsonMapper json) {
        this.journeys = journeys;
        this.figures = figures;
        this.json = json;
    }

    public record Export(Instant knownOn, List<Journey> awards, List<Journey> decisions, JourneyFigures.Figures figures) {
    }

    public Export of(String replayId, Instant knownOn, Viewer viewer) {
        Moment moment = new Moment(knownOn, null);
        Journeys.Scene scene = journeys.scene(replayId, moment, viewer);
        return new Export(knownOn, scene.awardJourneys(), scene.decisionJourneys(),
                figures.figures(replayId, moment, viewer));
    }

    public byte[] json(String replayId, Instant knownOn, Viewer viewer) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(of(replayId, knownOn, viewer));
    }

    /** One row per element of each journey (claim, advocacy, conversation, relationship, seat, person). */
    public byte[] csv(String replayId, Instant knownOn, Viewer viewer) {
        Export export = of(replayId, knownOn, viewer);
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        Stream.concat(export.awards().stream(), export.decisions().stream()).forEach(journey -> {
            List<List<Object>> rows = new ArrayList<>();
            journey.claims().forEach(c -> rows.add(List.of("claim", c.claimId(), c.claimedOn(), c.work(),
                    c.status() + " " + c.strength())));
            journey.advocacy().forEach(a -> rows.add(List.of("advocacy", a.advocacyActionId(), "", a.ask(), a.via())));
            journey.conversations().forEach(c -> rows.add(List.of("conversation", c.conversationId(), c.happenedOn(),
                    c.topic(), String.join("|", c.via()))));
            journey.relationships().forEach(r -> rows.add(List.of("relationship", r.relationshipId(), "",
                    r.first().name() + " – " + r.second().name(), String.valueOf(r.strength()))));
            journey.seats().forEach(s -> rows.add(List.of("seat", s.representationId(), s.from(), s.seat(),
                    s.body().name())));
            journey.people().forEach(p -> rows.add(List.of("person", p.person().id(), "", p.person().name(),
                    p.atDecidingBody() ? "at the deciding body" : "")));
            var d = journey.decision();
            for (List<Object> row : rows) {
                List<Object> cells = new ArrayList<>(List.of(d.kind(), d.id(), d.title(), String.valueOf(d.outcome()),
                        d.amountPence(), d.decidedOn() == null ? "" : d.decidedOn()));
                cells.addAll(row);
                out.append(cells.stream().map(JourneyExport::cell).collect(Collectors.joining(","))).append("\r\n");
            }
        });
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a leading formula character is defused so a spreadsheet shows text, not a formula. */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
