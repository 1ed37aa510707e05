package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.security.Role;
import org.irrigate.app.timeline.TimelineEntry;
import org.irrigate.app.timeline.TimelineFilter;
import org.irrigate.app.timeline.TimelinePage;
import org.irrigate.app.timeline.TimelineReader;
import org.irrigate.core.api.CurrentViewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Replay and export. Every read model can be dropped and rebuilt from the event store; the page shows how far each
 * has read with a progress bar (htmx polls while one is behind). The timeline exports as CSV, as the signed-in
 * reader may see it and, with an "as known on" day, as it was known then.
 */
@Controller
class ReplayPage {
    private final ProjectionControl projections;
    private final TimelineReader timeline;
    private final CurrentViewer viewer;

    ReplayPage(ProjectionControl projections, TimelineReader timeline, CurrentViewer viewer) {
        this.projections = projections;
        this.timeline = timeline;
        this.viewer = viewer;
    }

    /**
     * The tamper-evidence chain is never rebuilt from here: rebuilding it from altered events would make the
     * alteration look legitimate.
     */
    static final String TAMPER_CHAIN = "tamper-chain";

    /** How far one read model has read, of everything stored. */
    public record Progress(String name, long position, long head, boolean caughtUp) {
        public boolean rebuildable() {
            return !TAMPER_CHAIN.equals(name);
        }

        public int percent() {
            return head <= 0 ? 100 : (int) Math.min(100, Math.max(0, (position + 1) * 100 / (head + 1)));
        }
    }

    @GetMapping("/replay")
    String page(Model model) {
        List<Progress> progress = progress();
        model.addAttribute("progress", progress);
        model.addAttribute("busy", progress.stream().anyMatch(p -> !p.caughtUp()));
        model.addAttribute("mayRebuild", mayRebuild(SignedIn.current()));
        return "replay";
    }

    @GetMapping("/replay/progress")
    String progressFragment(Model model) {
        page(model);
        return "replay :: progress";
    }

    /** Starts the rebuild and returns at once; the page follows its progress. */
    @PostMapping("/replay/{name}")
    String rebuild(@PathVariable String name) {
        if (!mayRebuild(SignedIn.current())) {
            throw new AccessDeniedException("Only the coordinator or an admin rebuilds read models");
        }
        if (TAMPER_CHAIN.equals(name)) {
            throw new AccessDeniedException("The tamper-evidence chain is not rebuilt from a page");
        }
        var processor = projections.processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return "redirect:/replay";
    }

    @GetMapping("/replay/timeline.csv")
    void export(HttpSession session, HttpServletResponse response) throws IOException {
        LocalDate knownOn = KnownOn.get(session);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"timeline"
                + (knownOn == null ? "" : "-as-known-on-" + knownOn) + ".csv\"");
        PrintWriter out = response.getWriter();
        out.println("position,happened_on,recorded_at,event_type,module,recorded_by,on_behalf_of,private,summary");
        int page = 0;
        TimelinePage read;
        do {
            read = timeline.read(new TimelineFilter(null, null, null, null, null, null, null, null, null,
                    KnownOn.instant(knownOn), null, false, page++, TimelineFilter.MAX_SIZE, viewer.get()));
            for (TimelineEntry e : read.items()) {
                out.println(String.join(",", Long.toString(e.position()), e.happenedOn().toString(),
                        e.recordedAt().toString(), e.eventType(), e.module(), csv(e.recordedBy()),
                        csv(e.onBehalfOfName()), Boolean.toString(e.isPrivate()), csv(e.summary())));
            }
        } while ((long) page * TimelineFilter.MAX_SIZE < read.totalItems());
        out.flush();
    }

    private List<Progress> progress() {
        long head = projections.head();
        return projections.names().stream()
                .map(n -> new Progress(n, projections.position(n), head, projections.caughtUp(n, head))).toList();
    }

    private static boolean mayRebuild(SignedIn me) {
        return me != null && (me.role() == Role.COORDINATOR || me.role() == Role.ADMIN);
    }

    /** A CSV field, quoted; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
