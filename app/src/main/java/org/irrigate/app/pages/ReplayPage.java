package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.irrigate.app.journey.JourneyExport;
import org.irrigate.app.journey.Moment;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.replay.ReplayJobs;
import org.irrigate.app.replay.ReplayProgress;
import org.irrigate.core.api.NotFoundException;
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
    /** The disposable replays this session started: only their starter may export or discard them. */
    static final String MY_REPLAYS = "irrigate.replays";

    private final ProjectionControl projections;
    private final ReplayJobs jobs;
    private final JourneyExport export;
    private final TimelineReader timeline;
    private final CurrentViewer viewer;

    ReplayPage(ProjectionControl projections, ReplayJobs jobs, JourneyExport export, TimelineReader timeline,
               CurrentViewer viewer) {
        this.projections = projections;
        this.jobs = jobs;
        this.export = export;
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
    String page(HttpSession session, Model model) {
        List<Progress> progress = progress();
        List<ReplayProgress> replays = jobs.all().stream()
                .filter(j -> j.kind().equals("REBUILD") || mine(session).contains(j.jobId())).toList();
        model.addAttribute("progress", progress);
        model.addAttribute("replays", replays);
        model.addAttribute("busy", progress.stream().anyMatch(p -> !p.caughtUp())
                || replays.stream().anyMatch(j -> j.state() == ReplayProgress.State.RUNNING));
        model.addAttribute("mayRebuild", mayRebuild(SignedIn.current()));
        model.addAttribute("replayDay", KnownOn.get(session) == null ? LocalDate.now() : KnownOn.get(session));
        return "replay";
    }

    @GetMapping("/replay/progress")
    String progressFragment(HttpSession session, Model model) {
        page(session, model);
        return "replay :: progress";
    }

    /**
     * Replays history recorded up to the end of a day into a disposable journey model, to export and discard: it
     * changes nothing, so researchers may run one.
     */
    @PostMapping("/replay/disposable")
    String disposable(@org.springframework.web.bind.annotation.RequestParam(required = false) String day,
                      HttpSession session) {
        FormErrors errors = new FormErrors();
        LocalDate until = errors.date("day", day);
        if (until == null) {
            throw new org.irrigate.core.api.InvalidInputException("day", errors.any() ? errors.of("day") : "is required");
        }
        ReplayProgress started = jobs.disposable(Moment.knownOn(until.toString()), SignedIn.current().username());
        List<String> mine = new java.util.ArrayList<>(mine(session));
        mine.add(started.jobId());
        session.setAttribute(MY_REPLAYS, List.copyOf(mine));
        return "redirect:/replay";
    }

    @GetMapping("/replay/jobs/{id}/export.{format}")
    org.springframework.http.ResponseEntity<byte[]> exportReplay(@PathVariable String id, @PathVariable String format,
                                                                 HttpSession session) {
        ReplayProgress job = myReplay(id, session);
        java.time.Instant knownOn = java.time.Instant.parse(job.target());
        boolean csv = format.equals("csv");
        if (!csv && !format.equals("json")) {
            throw new NotFoundException("Export format", format);
        }
        byte[] body = csv ? export.csv(id, knownOn, viewer.get()) : export.json(id, knownOn, viewer.get());
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"journeys-as-known-" + knownOn.toString()
                        .substring(0, 10) + "." + format + "\"")
                .contentType(csv ? org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8")
                        : org.springframework.http.MediaType.APPLICATION_JSON)
                .body(body);
    }

    @PostMapping("/replay/jobs/{id}/discard")
    String discard(@PathVariable String id, HttpSession session) {
        myReplay(id, session);
        jobs.discard(id, SignedIn.current().username());
        session.setAttribute(MY_REPLAYS, mine(session).stream().filter(j -> !j.equals(id)).toList());
        return "redirect:/replay";
    }

    private ReplayProgress myReplay(String id, HttpSession session) {
        if (!mine(session).contains(id)) {
            throw new NotFoundException("Disposable replay", id);
        }
        ReplayProgress job = jobs.progress(id);
        if (job.state() != ReplayProgress.State.DONE) {
            throw new org.irrigate.core.api.ConflictException("The replay has not finished");
        }
        return job;
    }

    @SuppressWarnings("unchecked")
    private static List<String> mine(HttpSession session) {
        Object ids = session.getAttribute(MY_REPLAYS);
        return ids == null ? List.of() : (List<String>) ids;
    }

    /** Starts the rebuild in the background and returns at once; the page follows its progress. */
    @PostMapping("/replay/{name}")
    String rebuild(@PathVariable String name) {
        if (!mayRebuild(SignedIn.current())) {
            throw new AccessDeniedException("Only the coordinator or an admin rebuilds read models");
        }
        if (TAMPER_CHAIN.equals(name)) {
            throw new AccessDeniedException("The tamper-evidence chain is not rebuilt from a page");
        }
        jobs.rebuild(name, SignedIn.current().username());
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
