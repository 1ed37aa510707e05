package org.irrigate.core.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.SealedNote;
import org.irrigate.core.testing.TestVault;
import org.junit.jupiter.api.Test;

class PersonalCipherTest {
    static final PersonalDetails HELEN = new PersonalDetails("Helen Carter", "helen@example.org", null);
    final TestVault vault = new TestVault();

    @Test
    void sealedDetailsOpenWithTheKeyAndShowNoPlaintext() {
        PersonId person = PersonId.random();
        SealedDetails sealed = vault.seal(person, HELEN);
        assertThat(sealed.ciphertext()).doesNotContain("Helen").doesNotContain("example");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("Helen");
        assertThat(vault.open(person, sealed)).contains(HELEN);
        assertThat(vault.seal(person, HELEN)).isEqualTo(sealed);
    }

    @Test
    void anotherPersonsKeyCannotOpenThem() {
        SealedDetails sealed = vault.seal(PersonId.random(), HELEN);
        assertThatThrownBy(() -> vault.open(PersonId.random(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperedCiphertextIsRefused() {
        PersonId person = PersonId.random();
        byte[] bytes = Base64.getDecoder().decode(vault.seal(person, HELEN).ciphertext());
        bytes[bytes.length - 1] ^= 1;
        SealedDetails tampered = new SealedDetails(Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> vault.open(person, tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void erasedPeopleCannotBeOpened() {
        PersonId person = PersonId.random();
        SealedDetails sealed = vault.seal(person, HELEN);
        vault.erase(person);
        assertThat(vault.open(person, sealed)).isEmpty();
    }

    @Test
    void aNoteAboutThePersonIsSealedWithTheirKeyAndGoesWithIt() {
        PersonId person = PersonId.random();
        SealedNote sealed = vault.sealNote(person, "Helen prefers calls after 4pm");
        assertThat(sealed.ciphertext()).doesNotContain("Helen");
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("Helen");
        assertThat(vault.openNote(person, sealed)).contains("Helen prefers calls after 4pm");
        assertThatThrownBy(() -> vault.openNote(PersonId.random(), sealed)).isInstanceOf(IllegalStateException.class);
        vault.erase(person);
        assertThat(vault.openNote(person, sealed)).isEmpty();
    }
}
