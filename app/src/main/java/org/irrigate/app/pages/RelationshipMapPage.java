package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.irrigate.app.graph.NetworkGraphService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The relationship map: the network graph read model for one day, drawn by static/js/network.js (size by
 * betweenness, colour by strength, at-risk links dashed), with the brokers, who alone connects the network to a
 * body, and the same figures as tables. A slider steps month by month from the first known link; each step asks
 * the server again (htmx swaps the map), so every drawing is the read model's answer for that day. The session's
 * "as known on" day is the graph's record time.
 */
@Controller
class RelationshipMapPage {
    private final NetworkGraphService graphs;

    RelationshipMapPage(NetworkGraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping("/relationships")
    String map(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
               @RequestParam(required = false) Integer stop, HttpSession session, Model model) {
        LocalDate knownOn = KnownOn.get(session);
        List<LocalDate> stops = stops(graphs.firstDay(KnownOn.instant(knownOn)), lastDay(knownOn));
        int index = stop != null ? Math.clamp(stop, 0, stops.size() - 1) : on != null ? nearest(stops, on)
                : stops.size() - 1;
        LocalDate day = stop == null && on != null ? on : stops.get(index);
        NetworkMap map = NetworkMap.of(graphs.graph(day, KnownOn.instant(knownOn)));
        model.addAttribute("map", map);
        model.addAttribute("drawing", map.drawing());
        model.addAttribute("legend", NetworkMap.legend());
        model.addAttribute("stops", stops.stream().map(LocalDate::toString).toList());
        model.addAttribute("stop", index);
        return "relationships";
    }

    /** Nothing after the "as known on" day was recorded yet, so the slider ends there (or today). */
    private LocalDate lastDay(LocalDate knownOn) {
        LocalDate today = graphs.today();
        return knownOn == null || knownOn.isAfter(today) ? today : knownOn;
    }

    /** The first day, the first of every month after it, and the last day. */
    static List<LocalDate> stops(LocalDate first, LocalDate last) {
        List<LocalDate> stops = new ArrayList<>();
        if (first == null || !first.isBefore(last)) {
            stops.add(last);
            return stops;
        }
        stops.add(first);
        for (LocalDate d = first.withDayOfMonth(1).plusMonths(1); d.isBefore(last); d = d.plusMonths(1)) {
            stops.add(d);
        }
        stops.add(last);
        return stops;
    }

    private static int nearest(List<LocalDate> stops, LocalDate day) {
        int index = 0;
        while (index < stops.size() - 1 && !stops.get(index + 1).isAfter(day)) {
            index++;
        }
        return index;
    }
}
