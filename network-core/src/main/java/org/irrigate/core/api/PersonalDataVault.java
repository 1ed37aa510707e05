package org.irrigate.core.api;

import java.util.Optional;

/** Holds one encryption key per person: personal details go into events only sealed with it. */
public interface PersonalDataVault {
    SealedDetails seal(PersonId person, PersonalDetails details);

    /** Empty once the person has been erased. */
    Optional<PersonalDetails> open(PersonId person, SealedDetails sealed);

    /** Seals free text about the person with the same key; refused (conflict) once the person has been erased. */
    SealedNote sealNote(PersonId person, String note);

    /** Empty once the person has been erased. */
    Optional<String> openNote(PersonId person, SealedNote sealed);

    /** Deletes the person's key for good. */
    void erase(PersonId person);
}
