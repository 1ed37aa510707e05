package org.irrigate.core.personal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.SealedNote;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keys live in {@code person_key}, outside the event store: deleting one is how a person is erased without
 * rewriting history. Back up this table with the events, or restored history has no names in it.
 */
@Component
class KeyVault implements PersonalDataVault {
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    KeyVault(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SealedDetails seal(PersonId person, PersonalDetails details) {
        return PersonalCipher.seal(keyFor(person), details);
    }

    @Override
    public Optional<PersonalDetails> open(PersonId person, SealedDetails sealed) {
        return key(person).map(key -> PersonalCipher.open(key, sealed));
    }

    @Override
    public SealedNote sealNote(PersonId person, String note) {
        return PersonalCipher.sealNote(keyFor(person), note);
    }

    @Override
    public Optional<String> openNote(PersonId person, SealedNote sealed) {
        return key(person).map(key -> PersonalCipher.openNote(key, sealed));
    }

    @Override
    public void erase(PersonId person) {
        jdbc.update("delete from person_key where person_id = ?", person.value());
        jdbc.update("insert into person_erased (person_id) select ? where not exists "
                + "(select 1 from person_erased where person_id = ?)", person.value(), person.value());
    }

    private byte[] keyFor(PersonId person) {
        Optional<byte[]> existing = key(person);
        if (existing.isPresent()) {
            return existing.get();
        }
        Integer erased = jdbc.queryForObject("select count(*) from person_erased where person_id = ?", Integer.class,
                person.value());
        ConflictException.check(erased == null || erased == 0, "This person's data has been erased");
        byte[] key = new byte[32];
        random.nextBytes(key);
        jdbc.update("insert into person_key (person_id, secret) values (?, ?)", person.value(), key);
        return key;
    }

    private Optional<byte[]> key(PersonId person) {
        List<byte[]> keys = jdbc.query("select secret from person_key where person_id = ?",
                (rs, i) -> rs.getBytes(1), person.value());
        return keys.stream().findFirst();
    }
}
