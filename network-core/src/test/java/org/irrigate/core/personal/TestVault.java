package org.irrigate.core.personal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.SealedNote;

/** The real cipher with keys derived from the person id, so fixtures can state the exact sealed events. */
public class TestVault implements PersonalDataVault {
    private final Set<PersonId> erased = new HashSet<>();

    @Override
    public SealedDetails seal(PersonId person, PersonalDetails details) {
        return PersonalCipher.seal(key(person), details);
    }

    @Override
    public Optional<PersonalDetails> open(PersonId person, SealedDetails sealed) {
        return erased.contains(person) ? Optional.empty() : Optional.of(PersonalCipher.open(key(person), sealed));
    }

    @Override
    public SealedNote sealNote(PersonId person, String note) {
        ConflictException.check(!erased.contains(person), "This person's data has been erased");
        return PersonalCipher.sealNote(key(person), note);
    }

    @Override
    public Optional<String> openNote(PersonId person, SealedNote sealed) {
        return erased.contains(person) ? Optional.empty() : Optional.of(PersonalCipher.openNote(key(person), sealed));
    }

    @Override
    public void erase(PersonId person) {
        erased.add(person);
    }

    public boolean erased(PersonId person) {
        return erased.contains(person);
    }

    private static byte[] key(PersonId person) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(person.toString().getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
