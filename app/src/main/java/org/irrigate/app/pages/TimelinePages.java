package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.timeline.TimelineFilter;
import org.irrigate.app.timeline.TimelinePage;
import org.irrigate.app.timeline.TimelineReader;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The auditable timeline with its filters; with an "as known on" day, nothing recorded after it is shown. */
@Controller
class TimelinePages {
    static final int PAGE_SIZE = 50;
    static final List<String> MODULES = List.of("core", "influence", "funding", "evidence");

    private final TimelineReader reader;
    private final CurrentViewer viewer;

    TimelinePages(TimelineReader reader, CurrentViewer viewer) {
        this.reader = reader;
        this.viewer = viewer;
    }

    /** The filters as typed. */
    public record Filters(String organisation, String person, String module, String eventType, String happenedFrom,
                          String happenedTo, String recordedFrom, String recordedTo, String order, String page) {
        public boolean oldestFirst() {
            return "oldest".equals(order);
        }

        public int pageNumber() {
            try {
                return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    static final Map<String, String> LABELS = labels();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("organisation", "Organisation");
        labels.put("person", "Person");
        labels.put("module", "Module");
        labels.put("eventType", "Kind of event");
        labels.put("happenedFrom", "Happened from");
        labels.put("happenedTo", "Happened to");
        labels.put("recordedFrom", "Recorded from");
        labels.put("recordedTo", "Recorded to");
        return labels;
    }

    @GetMapping("/timeline")
    String timeline(@ModelAttribute Filters filters, HttpSession session, Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors(LABELS, Map.of());
        LocalDate knownOn = KnownOn.get(session);
        LocalDate recordedTo = errors.date("recordedTo", filters.recordedTo());
        LocalDate happenedFrom = errors.date("happenedFrom", filters.happenedFrom());
        LocalDate happenedTo = errors.date("happenedTo", filters.happenedTo());
        LocalDate recordedFrom = errors.date("recordedFrom", filters.recordedFrom());
        String organisation = id(filters.organisation(), "organisation", errors);
        String person = id(filters.person(), "person", errors);
        TimelinePage page = null;
        if (!errors.any()) {
            try {
                page = reader.read(new TimelineFilter(organisation, person, null, blank(filters.eventType()),
                        blank(filters.module()), happenedFrom, happenedTo, recordedFrom, recordedTo,
                        KnownOn.instant(knownOn), null, !filters.oldestFirst(), filters.pageNumber(), PAGE_SIZE, viewer.get()));
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("filters", filters);
        model.addAttribute("errors", errors);
        model.addAttribute("page", page);
        model.addAttribute("modules", MODULES);
        model.addAttribute("labels", LABELS);
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("happenedFrom", filters.happenedFrom());
        dates.put("happenedTo", filters.happenedTo());
        dates.put("recordedFrom", filters.recordedFrom());
        dates.put("recordedTo", filters.recordedTo());
        model.addAttribute("dates", dates);
        model.addAttribute("pages", page == null ? 0 : (page.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "timeline";
    }

    private static String id(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip()).toString();
        } catch (IllegalArgumentException e) {
            errors.add(field, "is not one of the choices");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
