package org.irrigate.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.journey.FactRows;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A disposable replay stores each fact under the index its event was stored at, even when events arrive out of index
 * order (writers commit late) and several are looked up together.
 */
@IntegrationTest
class ReplayJobsTest {
    @Autowired
    ProjectionControl projections;
    @Autowired
    EventStore events;
    @Autowired
    FactRows facts;
    @Autowired
    StoredPosition storedPositions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFactOfADisposableReplayKeepsItsOwnEventsIndexWhenEventsArriveLate() throws Exception {
        List<LateCommits> streams = new ArrayList<>();
        long head = projections.head();
        EventStore late = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("openStream")) {
                        LateCommits stream = new LateCommits(events.openStream(null), head);
                        streams.add(stream);
                        return stream;
                    }
                    try {
                        return method.invoke(events, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        // chunks of 7 (an odd size), so swapped pairs also straddle the chunks' edges
        ReplayJobs jobs = new ReplayJobs(projections, late, facts, clock, 120, 7);
        String id = null;
        try {
            id = jobs.disposable(Instant.MAX, "researcher").jobId();
            assertThat(jobs.await(id, Duration.ofSeconds(120)).state()).isEqualTo(ReplayProgress.State.DONE);

            LateCommits stream = streams.getFirst();
            List<TrackedEventMessage<?>> relevant = stream.delivered.stream()
                    .filter(m -> FactRows.relevant(m.getPayload())).toList();
            assertThat(relevant).as("journey events arrived after a higher index had been read")
                    .anyMatch(m -> stream.late.contains(m.getIdentifier()));
            Map<String, Long> expected = relevant.stream()
                    .collect(Collectors.toMap(EventMessage::getIdentifier, storedPositions::of));
            Map<String, Long> stored = new HashMap<>();
            jdbc.query("select event_id, position from journey_replay_fact where replay_id = ?",
                    rs -> {
                        stored.put(rs.getString(1), rs.getLong(2));
                    }, id);
            assertThat(stored).isEqualTo(expected);
        } finally {
            if (id != null) {
                jobs.discard(id, "researcher");
            }
            jobs.stop();
        }
    }

    /**
     * The event store as a processor reads it while writers commit out of index order: of each two events below the
     * head, the higher index arrives first with the lower one as a gap, then the lower one fills the gap, its token
     * keeping the higher index (as Axon's gap-aware token does).
     */
    private static final class LateCommits implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stored;
        private final long head;
        private final Deque<TrackedEventMessage<?>> ready = new ArrayDeque<>();
        final List<TrackedEventMessage<?>> delivered = new ArrayList<>();
        final List<String> late = new ArrayList<>();

        LateCommits(BlockingStream<TrackedEventMessage<?>> stored, long head) {
            this.stored = stored;
            this.head = head;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return ready.isEmpty() ? stored.peek() : Optional.of(ready.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return !ready.isEmpty() || stored.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            if (ready.isEmpty()) {
                TrackedEventMessage<?> first = stored.nextAvailable();
                long lower = index(first);
                // the head itself ends the replay, so it is never overtaken nor the one overtaking
                if (lower < head && stored.hasNextAvailable(5, TimeUnit.SECONDS)
                        && index(stored.peek().orElseThrow()) < head) {
                    TrackedEventMessage<?> second = stored.nextAvailable();
                    long higher = index(second);
                    ready.add(second.withTrackingToken(GapAwareTrackingToken.newInstance(higher, List.of(lower))));
                    ready.add(first.withTrackingToken(GapAwareTrackingToken.newInstance(higher, List.of())));
                    late.add(first.getIdentifier());
                } else {
                    ready.add(first);
                }
            }
            TrackedEventMessage<?> next = ready.removeFirst();
            delivered.add(next);
            return next;
        }

        @Override
        public void close() {
            stored.close();
        }

        private static long index(TrackedEventMessage<?> message) {
            return message.trackingToken().position().orElseThrow();
        }
    }
}
