package org.irrigate.core.api;

/** A command that is well formed but clashes with the current state (answered as 409). */
public class ConflictException extends IllegalStateException {
    public ConflictException(String reason) {
        super(reason);
    }

    public static void check(boolean condition, String reason) {
        if (!condition) {
            throw new ConflictException(reason);
        }
    }
}
