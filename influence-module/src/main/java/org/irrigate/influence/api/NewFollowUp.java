package org.irrigate.influence.api;

import java.time.LocalDate;

/** A commitment made in a conversation, as asked for: what, by whom, by when. */
public record NewFollowUp(String action, Party owner, LocalDate dueOn) {
}
