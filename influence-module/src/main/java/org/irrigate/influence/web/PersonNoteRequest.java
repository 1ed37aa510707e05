package org.irrigate.influence.web;

import java.time.LocalDate;
import org.irrigate.core.api.PersonId;

/** A note about a person, flagged by the partner as being about them; it is sealed with that person's key. */
record PersonNoteRequest(PersonId personId, String note, LocalDate happenedOn) {
}
