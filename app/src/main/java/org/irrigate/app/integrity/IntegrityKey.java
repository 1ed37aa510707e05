package org.irrigate.app.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that seals every link of the chain, held outside the database: from {@code irrigate.integrity.key}, or
 * else from {@code integrity.key} in the data directory, generated on the first start. Someone who can rewrite the
 * database but cannot read this key cannot forge the seals.
 */
@Component
class IntegrityKey {
    private static final Logger log = LoggerFactory.getLogger(IntegrityKey.class);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    IntegrityKey(@Value("${irrigate.integrity.key:}") String configured,
                 @Value("${irrigate.data-dir}") String dataDir) {
        byte[] secret = configured.isBlank() ? fromFile(Path.of(dataDir, "integrity.key"))
                : configured.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** The seal of one link: HMAC-SHA256 over its number and hash. */
    String seal(long link, String hash) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((link + ":" + hash).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Several instances sharing a data directory agree on one key: whoever creates the file first wins. */
    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), StandardOpenOption.CREATE_NEW);
                    log.warn("Generated the integrity key at {}: back it up apart from the database; without it "
                            + "the chain cannot be verified", file.toAbsolutePath());
                } catch (FileAlreadyExistsException raced) {
                    // another instance created it a moment ago: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the integrity key " + file, e);
        }
    }
}
