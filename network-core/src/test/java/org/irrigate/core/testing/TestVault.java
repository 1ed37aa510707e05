package org.irrigate.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.SealedNote;
import org.irrigate.core.personal.PersonalCipher;

/**
 * The real cipher with keys derived from the person id, so fixtures can state the exact sealed events; erasing
 * refuses further sealing, as the key vault does.
 */
public class TestVault implements PersonalDataVault {
    private final Set<PersonId> erased = new HashSet<>();

    @Override
    public SealedDetails seal(PersonId person, PersonalDetails details) {
        requireNotErased(person);
        return PersonalCipher.seal(key(person), details);
    }

    @Override
    public Optional<PersonalDetails> open(PersonId person, SealedDetails sealed) {
        return erased.contains(person) ? Optional.empty() : Optional.of(PersonalCipher.open(key(person), sealed));
    }

    @Override
    public SealedNote sealNote(PersonId person, String note) {
        requireNotErased(person);
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

    private void requireNotErased(PersonId person) {
        ConflictException.check(!erased.contains(person), "This person's data has been erased");
    }

    private static byte[] key(PersonId person) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(person.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
