package org.irrigate.evidence.api;

import java.util.UUID;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.PlaceCode;

/**
 * What a timeline item reference points at: one event (by its event identifier) or everything recorded about one
 * aggregate (by its typed id). The evidence kinds are the module's own aggregates.
 */
public enum TimelineItemKind {
    EVENT, ORGANISATION, PERSON, PLACE, CONVERSATION, RELATIONSHIP, REPRESENTATION, ADVOCACY_ACTION, TIPPING_POINT,
    FUNDING_OPPORTUNITY, BID, AWARD, CONTRIBUTION_CLAIM, THEORY_OF_CHANGE, CASE_STUDY, REFLECTION,
    HARVESTED_OUTCOME, LEARNING_REVIEW;

    static final int EVENT_ID_LENGTH = 255;

    /** Evidence held by this module, as opposed to the influence and funding history it explains. */
    public boolean isEvidence() {
        return this == THEORY_OF_CHANGE || this == CASE_STUDY || this == REFLECTION || this == HARVESTED_OUTCOME;
    }

    /** The reference in its canonical form: an event id as given, a place as its ONS code, anything else a UUID. */
    String canonical(String reference) {
        if (this == EVENT) {
            return InvalidInputException.requireText(reference, "reference", EVENT_ID_LENGTH);
        }
        InvalidInputException.require(reference != null && !reference.isBlank(), "reference", "is required");
        if (this == PLACE) {
            try {
                return new PlaceCode(reference.strip()).value();
            } catch (InvalidInputException e) {
                throw new InvalidInputException("reference", e.reason());
            }
        }
        try {
            return UUID.fromString(reference.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reference", "must be a UUID for a " + this);
        }
    }
}
