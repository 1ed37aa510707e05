package org.irrigate.core.api;

/** A reference to something Irrigate does not hold (answered as 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " is not known");
    }
}
