package org.irrigate.app.deadletter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event handler that writes nothing to the database itself: it keeps what it has to write and writes it as the
 * batch commits (the timeline, the journey ledger: see {@code PerBatch}). A failure in it leaves nothing to roll back, so {@link HandlerSavepoints} takes no
 * savepoint around it, which would cost two statements per event in a replay.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface WritesAtCommit {
}
