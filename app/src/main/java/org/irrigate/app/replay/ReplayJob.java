package org.irrigate.app.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One replay under way or finished, counted as it goes; read by the API, the log and the terminal bar. */
final class ReplayJob {
    final String id;
    final String kind;
    final String target;
    /** Who started it: a disposable replay is theirs to export and discard. */
    final String owner;
    final Instant startedAt;
    final AtomicLong done = new AtomicLong();
    volatile long total;
    volatile ReplayProgress.State state = ReplayProgress.State.RUNNING;
    volatile Instant finishedAt;
    volatile String error;

    ReplayJob(String id, String kind, String target, String owner, Instant startedAt) {
        this.id = id;
        this.kind = kind;
        this.target = target;
        this.owner = owner;
        this.startedAt = startedAt;
    }

    void finish(Clock clock, ReplayProgress.State end, String why) {
        finishedAt = clock.instant();
        error = why;
        state = end;
    }

    ReplayProgress progress(Clock clock) {
        Instant until = finishedAt != null ? finishedAt : clock.instant();
        double seconds = Math.max(Duration.between(startedAt, until).toNanos() / 1e9, 0.001);
        long doneNow = done.get();
        double rate = Math.round(doneNow / seconds * 10) / 10.0;
        long left = Math.max(total - doneNow, 0);
        Long secondsLeft = state != ReplayProgress.State.RUNNING ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf((long) Math.ceil(left / rate)) : null;
        return new ReplayProgress(id, kind, target, state, doneNow, total, rate, secondsLeft, startedAt, finishedAt,
                error);
    }
}
