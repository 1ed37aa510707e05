package org.irrigate.app.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.core.api.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The pictures of the network "now", kept between questions until the live journey ledger changes. Building a
 * picture folds every journey fact, which at a million events costs seconds; asking for one award's journey should
 * not. The ledger counts its committed changes here, so a kept picture is used only while that count is unchanged —
 * and only while this process writes every segment of the ledger: changes written by another instance are not counted
 * here, so with several instances every question builds its picture afresh. As known on a record time and disposable
 * replays are never kept (researchers' questions, rarer, each about another moment).
 */
@Component
class LivePictures {
    /**
     * Bounds staleness in the one case the count cannot see: another instance held a segment between two questions.
     * Counted from when a picture is done: a fold slower than this (40 s on H2 at a million events) would otherwise be
     * expired before its first reuse, so every question would fold again. The blind case is then stale by at most
     * this plus the fold's own time.
     */
    private static final Duration KEEP = Duration.ofSeconds(30);
    /** Viewers see different pictures (private entries); a few kinds of viewer at a few days are worth keeping. */
    private static final int MOST = 16;

    private final AtomicLong changes = new AtomicLong();
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final BooleanSupplier wholeStream;
    private final Clock clock;

    @Autowired
    LivePictures(ProjectionControl projections, Clock clock) {
        this(() -> projections.processesEverySegment(JourneyLedger.PROCESSING_GROUP), clock);
    }

    LivePictures(BooleanSupplier wholeStream, Clock clock) {
        this.wholeStream = wholeStream;
        this.clock = clock;
    }

    private record Key(String audience, LocalDate asOf) {
        static Key of(Viewer viewer, LocalDate asOf) {
            return new Key(viewer.seesAllPrivate() ? "*" : String.valueOf(viewer.organisation()), asOf);
        }
    }

    private record Kept(long changes, Instant built, Picture picture) {
    }

    /** Called by the ledger for each change: counted once the change is committed, so no reader keeps a picture without it. */
    void changed() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> changes.incrementAndGet());
        } else {
            changes.incrementAndGet();
        }
    }

    /** The picture now for this viewer on {@code asOf}, kept or built by {@code build}. */
    Picture now(Viewer viewer, LocalDate asOf, Supplier<Picture> build) {
        if (!wholeStream.getAsBoolean()) {
            kept.clear();
            return build.get();
        }
        Key key = Key.of(viewer, asOf);
        long seen = changes.get();
        Instant now = clock.instant();
        Kept found = kept.get(key);
        if (found != null && found.changes() == seen && found.built().plus(KEEP).isAfter(now)) {
            return found.picture();
        }
        // Counted before reading: a change committed while the picture is built makes it stale at once.
        Picture picture = build.get();
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(key, new Kept(seen, clock.instant(), picture));
        return picture;
    }
}
