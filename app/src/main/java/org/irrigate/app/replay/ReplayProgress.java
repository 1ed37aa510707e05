package org.irrigate.app.replay;

import java.time.Instant;

/**
 * How far a replay has got: events done of the events to do, the rate so far, and the time left at that rate.
 *
 * @param kind   REBUILD (a live projection from scratch) or DISPOSABLE (history up to a record time, into a
 *               separate read model to export and discard)
 * @param target the projection rebuilt, or the record time a disposable replay stops at
 */
public record ReplayProgress(String jobId, String kind, String target, State state, long eventsDone, long eventsTotal,
                             double eventsPerSecond, Long secondsLeft, Instant startedAt, Instant finishedAt,
                             String error) {
    public enum State { RUNNING, DONE, FAILED }

    /** "[#########-----------]  45%  450/1000 events  120.0/s  about 5 s left": for logs and terminals. */
    public String line() {
        int width = 30;
        int filled = eventsTotal == 0 ? width : (int) (width * Math.min(eventsDone, eventsTotal) / eventsTotal);
        long percent = eventsTotal == 0 ? 100 : 100 * Math.min(eventsDone, eventsTotal) / eventsTotal;
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + percent + "% " + eventsDone + "/"
                + eventsTotal + " events " + String.format(java.util.Locale.ROOT, "%.1f", eventsPerSecond) + "/s"
                + (secondsLeft == null ? "" : " about " + secondsLeft + " s left") + " " + state;
    }
}
