package org.irrigate.influence.api;

import java.time.LocalDate;

/** A commitment made in a conversation, numbered from 1 within its conversation so it can be completed later. */
public record FollowUp(int number, String action, Party owner, LocalDate dueOn) {
}
