package org.irrigate.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An exact amount of money in GBP, held as whole pence; never negative. */
public record Pence(long value) implements Comparable<Pence> {
    public static final Pence ZERO = new Pence(0);

    @JsonCreator
    public Pence {
        InvalidInputException.require(value >= 0, "pence", "must not be negative");
    }

    public static Pence ofPounds(long pounds) {
        return new Pence(Math.multiplyExact(pounds, 100L));
    }

    public Pence plus(Pence other) {
        return new Pence(Math.addExact(value, other.value));
    }

    public Pence minus(Pence other) {
        return new Pence(Math.subtractExact(value, other.value));
    }

    @JsonValue
    public long value() {
        return value;
    }

    @Override
    public int compareTo(Pence other) {
        return Long.compare(value, other.value);
    }

    /** "£275,000.00": for people, never for storage. */
    public String formatted() {
        return String.format("£%,d.%02d", value / 100, value % 100);
    }
}
