package org.irrigate.app.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Knows every projection (streaming processor): how far each has read, and how to rebuild one from scratch. */
@Service
public class ProjectionControl {
    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final TokenStore tokens;
    private final JdbcTemplate jdbc;

    ProjectionControl(EventProcessingConfiguration processing, EventStore events, TokenStore tokens,
                      JdbcTemplate jdbc) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    public List<String> names() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
    }

    public StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new org.irrigate.core.api.NotFoundException("Projection", name));
    }

    /**
     * Whether this process is running the projection over the whole stream: its claimed segments, each a fraction
     * 1/(mask+1) of it, add up to all of it. Another instance holding a segment makes it false.
     */
    public boolean processesEverySegment(String name) {
        StreamingEventProcessor processor = processor(name);
        double share = processor.processingStatus().values().stream()
                .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return processor.isRunning() && Math.abs(share - 1.0) < 1e-9;
    }

    /** Global index of the newest stored event, or -1 for an empty store. */
    public long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** The lowest position any segment of the processor has reached, or -1 before it has read anything. */
    public long position(String name) {
        Map<Integer, EventTrackerStatus> status = processor(name).processingStatus();
        if (status.isEmpty()) {
            return -1;
        }
        return status.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min().orElse(-1);
    }

    /**
     * Every segment claimed here, at or past {@code head}, and holding no stored event in its gaps. Replay state is
     * not consulted: Axon keeps a segment "replaying" until it sees an event after the reset point, which may never
     * come.
     */
    public boolean caughtUp(String name, long head) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        // A segment not yet claimed after a (re)start is missing from the status: it has not caught up.
        int segments = tokens.fetchSegments(name).length;
        return processor.isRunning() && status.size() >= segments && !status.isEmpty()
                && status.values().stream().allMatch(s -> !s.isErrorState()
                        && (head < 0 || s.getCurrentPosition().orElse(-1) >= head && noStoredEventIn(gaps(s), head)));
    }

    /**
     * Indexes below the token's position it has not seen yet. Writers commit out of index order, so an event may be
     * stored after one with a higher index was read: its index is a gap until the processor reads it. A gap no event
     * ever fills (a transaction that failed burnt the index) stays until Axon's gap timeout and must not be waited for.
     */
    private static Set<Long> gaps(EventTrackerStatus status) {
        return WrappedToken.unwrapLowerBound(status.getTrackingToken()) instanceof GapAwareTrackingToken token
                ? token.getGaps() : Set.of();
    }

    private boolean noStoredEventIn(Set<Long> gaps, long head) {
        if (gaps.isEmpty()) {
            return true;
        }
        String indexes = gaps.stream().filter(g -> g <= head).map(String::valueOf).collect(Collectors.joining(","));
        return indexes.isEmpty() || jdbc.queryForObject(
                "select count(*) from domain_event_entry where global_index in (" + indexes + ")", Long.class) == 0;
    }

    /** What keeps a projection from having caught up, for the message of a wait that timed out. */
    private String why(String name, long head) {
        StreamingEventProcessor processor = processor(name);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        return "running " + processor.isRunning() + ", " + status.size() + " of "
                + tokens.fetchSegments(name).length + " segments claimed here: " + status.values()
                .stream().map(s -> s.getSegment().getSegmentId() + (s.isErrorState() ? " failed " + s.getError() : "")
                        + " at " + s.getCurrentPosition().orElse(-1) + " gaps " + gaps(s).stream()
                        .filter(g -> g <= head).toList()).collect(Collectors.joining("; "));
    }

    /** Waits until every projection has processed everything stored when the call began. */
    public void awaitCaughtUp(Duration timeout) throws TimeoutException {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String name : names()) {
            while (!caughtUp(name, head)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Projection " + name + " is at " + position(name) + " of " + head
                            + " (" + why(name, head) + ")");
                }
                sleep();
            }
        }
    }

    /**
     * How many stored events lie at or before a global position: positions are not dense (a failed transaction leaves
     * a gap), so progress counts events, not positions.
     */
    public long eventsUpTo(long position) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= ?", Long.class,
                position);
        return count == null ? 0 : count;
    }

    /**
     * Drops the projection's read model (its reset handler) and starts replaying every stored event into it; returns
     * at once. Follow it with {@link #caughtUp} against the head at the start, and {@link #position}.
     */
    public void startRebuild(String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Drops the projection's read model (its reset handler) and replays every stored event into it. */
    public void rebuild(String name, Duration timeout) throws TimeoutException {
        startRebuild(name);
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(name, head)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("Rebuilding " + name + " reached " + position(name) + " of " + head);
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
