package org.irrigate.app.replay;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.journey.FactRows;
import org.irrigate.core.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Runs replays one at a time in the background and keeps their progress: rebuilding a live projection from scratch,
 * or replaying history up to a record time into a disposable journey read model. Progress is logged about once a
 * second and answered by the API (and so drawn by {@code scripts/replay} as a bar).
 */
@Service
public class ReplayJobs {
    static final String REBUILD = "REBUILD";
    static final String DISPOSABLE = "DISPOSABLE";
    private static final Logger log = LoggerFactory.getLogger(ReplayJobs.class);

    private final ProjectionControl projections;
    private final EventStore events;
    private final FactRows facts;
    private final Clock clock;
    private final Duration timeout;
    /** How many relevant events a disposable replay gathers to look up where they were stored in one query. */
    private final int chunk;
    private final Map<String, ReplayJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "irrigate-replay");
        thread.setDaemon(true);
        return thread;
    });

    ReplayJobs(ProjectionControl projections, EventStore events, FactRows facts, Clock clock,
               @Value("${irrigate.replay.timeout-seconds:600}") long timeoutSeconds,
               @Value("${irrigate.replay.chunk:500}") int chunk) {
        this.projections = projections;
        this.events = events;
        this.facts = facts;
        this.clock = clock;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
        this.chunk = chunk;
    }

    /** Replays of an earlier run have no job any more: their rows are of no use to anyone. */
    @EventListener(ApplicationReadyEvent.class)
    void forgetEarlierReplays() {
        facts.discardEveryReplay();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Starts rebuilding a live projection from scratch (404 for an unknown one). */
    public ReplayProgress rebuild(String projection, String owner) {
        projections.processor(projection);
        ReplayJob job = register(REBUILD, projection, owner);
        worker.submit(() -> run(job, () -> rebuildInBackground(job, projection)));
        return job.progress(clock);
    }

    /** Starts replaying every event recorded up to {@code knownOn} into a disposable journey read model. */
    public ReplayProgress disposable(Instant knownOn, String owner) {
        ReplayJob job = register(DISPOSABLE, knownOn.toString(), owner);
        worker.submit(() -> run(job, () -> replayInBackground(job, knownOn)));
        return job.progress(clock);
    }

    public ReplayProgress progress(String id) {
        return job(id).progress(clock);
    }

    public List<ReplayProgress> all() {
        return jobs.values().stream().sorted(Comparator.comparing((ReplayJob j) -> j.startedAt).thenComparing(j -> j.id))
                .map(j -> j.progress(clock)).toList();
    }

    /** A disposable replay of this user's; anyone else's is not found, so its existence is not disclosed. */
    ReplayJob disposableOf(String id, String owner) {
        ReplayJob job = jobs.get(id);
        if (job == null || !DISPOSABLE.equals(job.kind) || !job.owner.equals(owner)) {
            throw new NotFoundException("Disposable replay", id);
        }
        return job;
    }

    public void discard(String id, String owner) {
        ReplayJob job = disposableOf(id, owner);
        jobs.remove(job.id);
        facts.discard(job.id);
    }

    /** Waits for a job to end; for tests and for callers that want to block. */
    public ReplayProgress await(String id, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (job(id).state == ReplayProgress.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return progress(id);
    }

    private ReplayJob job(String id) {
        ReplayJob job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("Replay", id);
        }
        return job;
    }

    private ReplayJob register(String kind, String target, String owner) {
        ReplayJob job = new ReplayJob(UUID.randomUUID().toString(), kind, target, owner, clock.instant());
        jobs.put(job.id, job);
        log.info("Replay {} started: {} {}", job.id, kind.toLowerCase(), target);
        return job;
    }

    private interface Work {
        void run() throws Exception;
    }

    private void run(ReplayJob job, Work work) {
        try {
            work.run();
            job.finish(clock, ReplayProgress.State.DONE, null);
            log.info("Replay {} finished: {}", job.id, job.progress(clock).line());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.finish(clock, ReplayProgress.State.FAILED, "interrupted");
        } catch (Exception e) {
            job.finish(clock, ReplayProgress.State.FAILED, e.getMessage());
            log.warn("Replay {} failed: {}", job.id, e.toString());
        }
    }

    private void rebuildInBackground(ReplayJob job, String projection) throws Exception {
        long head = projections.head();
        job.total = head < 0 ? 0 : projections.eventsUpTo(head);
        projections.startRebuild(projection);
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextLog = 0;
        while (!projections.caughtUp(projection, head)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Rebuilding " + projection + " did not finish within " + timeout);
            }
            job.done.set(Math.min(job.total, projections.eventsUpTo(projections.position(projection))));
            nextLog = logNow(job, nextLog);
            Thread.sleep(50);
        }
        job.done.set(job.total);
    }

    private void replayInBackground(ReplayJob job, Instant knownOn) throws Exception {
        long head = projections.head();
        job.total = head < 0 ? 0 : projections.eventsUpTo(head);
        if (head < 0) {
            return;
        }
        long nextLog = 0;
        List<TrackedEventMessage<?>> relevant = new ArrayList<>(chunk);
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable((int) timeout.toSeconds(), TimeUnit.SECONDS)) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                // the token's position is the highest index read so far, not this event's (see StoredPosition)
                long position = message.trackingToken().position().orElseThrow();
                if (FactRows.relevant(message.getPayload()) && !FactRows.recordedAt(message).isAfter(knownOn)) {
                    relevant.add(message);
                    if (relevant.size() == chunk) {
                        write(job, relevant);
                    }
                }
                job.done.incrementAndGet();
                nextLog = logNow(job, nextLog);
                if (position >= head) {
                    write(job, relevant);
                    return;
                }
            }
        }
        throw new IllegalStateException("The event store stopped before its head at " + head);
    }

    /** Writes a chunk of facts together (each under the index its event was stored at: see StoredPosition). */
    private void write(ReplayJob job, List<TrackedEventMessage<?>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        facts.write(job.id, messages);
        messages.clear();
    }

    private long logNow(ReplayJob job, long nextLog) {
        long now = System.nanoTime();
        if (now < nextLog) {
            return nextLog;
        }
        log.info("Replay {} ({} {}): {}", job.id, job.kind.toLowerCase(), job.target, job.progress(clock).line());
        return now + 1_000_000_000L;
    }
}
