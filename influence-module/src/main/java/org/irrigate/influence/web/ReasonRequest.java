package org.irrigate.influence.web;

import java.time.LocalDate;

/** Closing, reopening, ending, resolving or retracting something: why, and when (default today). */
record ReasonRequest(String reason, LocalDate happenedOn) {
}
