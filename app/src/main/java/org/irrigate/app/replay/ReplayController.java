package org.irrigate.app.replay;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.irrigate.app.journey.JourneyExport;
import org.irrigate.app.journey.Moment;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replays with visible progress: rebuild a live projection (coordinator, admin), or replay history up to a record
 * time into a disposable read model and export it (anyone signed in, researchers included: it changes nothing).
 */
@Tag(name = "Replay", description = "Rebuild read models from the event store, or replay history up to a date")
@RestController
@RequestMapping("/api/replay")
class ReplayController {
    private final ReplayJobs jobs;
    private final ProjectionControl projections;
    private final JourneyExport export;
    private final CurrentViewer viewer;

    ReplayController(ReplayJobs jobs, ProjectionControl projections, JourneyExport export, CurrentViewer viewer) {
        this.jobs = jobs;
        this.projections = projections;
        this.export = export;
        this.viewer = viewer;
    }

    record Projection(String name, long position, long head, boolean caughtUp) {
    }

    /** @param knownOn an instant, or a date meaning the end of that day (UTC) */
    record DisposableRequest(String knownOn) {
    }

    @GetMapping("/projections")
    List<Projection> projections() {
        long head = projections.head();
        return projections.names().stream().map(name -> new Projection(name, projections.position(name), head,
                projections.caughtUp(name, head))).toList();
    }

    @PostMapping("/projections/{name}/rebuild")
    ResponseEntity<ReplayProgress> rebuild(@PathVariable String name) {
        return accepted(jobs.rebuild(name, viewer.get().username()));
    }

    @GetMapping("/jobs")
    List<ReplayProgress> all() {
        return jobs.all();
    }

    @GetMapping("/jobs/{id}")
    ReplayProgress progress(@PathVariable String id) {
        return jobs.progress(id);
    }

    @PostMapping("/disposable")
    ResponseEntity<ReplayProgress> disposable(@RequestBody DisposableRequest request) {
        InvalidInputException.require(request.knownOn() != null && !request.knownOn().isBlank(), "knownOn",
                "is required: the record time to replay up to");
        return accepted(jobs.disposable(Moment.knownOn(request.knownOn()), viewer.get().username()));
    }

    @GetMapping("/disposable/{id}/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable String id) {
        ReplayJob job = finished(id);
        return download(export.json(job.id, java.time.Instant.parse(job.target), viewer.get()),
                MediaType.APPLICATION_JSON, "replay-" + job.id + ".json");
    }

    @GetMapping("/disposable/{id}/export.csv")
    ResponseEntity<byte[]> exportCsv(@PathVariable String id) {
        ReplayJob job = finished(id);
        return download(export.csv(job.id, java.time.Instant.parse(job.target), viewer.get()),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "replay-" + job.id + ".csv");
    }

    @PostMapping("/disposable/{id}/discard")
    ResponseEntity<Void> discard(@PathVariable String id) {
        jobs.discard(id, viewer.get().username());
        return ResponseEntity.noContent().build();
    }

    private ReplayJob finished(String id) {
        Viewer reader = viewer.get();
        ReplayJob job = jobs.disposableOf(id, reader.username());
        org.irrigate.core.api.ConflictException.check(job.state == ReplayProgress.State.DONE,
                "The replay is " + job.state.name().toLowerCase() + ", not done");
        return job;
    }

    private static ResponseEntity<ReplayProgress> accepted(ReplayProgress progress) {
        return ResponseEntity.accepted().location(URI.create("/api/replay/jobs/" + progress.jobId())).body(progress);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
