package org.irrigate.core.personal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.SealedNote;

/**
 * AES-256-GCM with a synthetic IV (an HMAC of the plaintext under the same key): the same details under the same key
 * seal to the same text, so sealing is deterministic and replays and tests compare events exactly; it reveals only
 * that two sealed values of one person are equal. Personal details and notes about the person share the key.
 */
public final class PersonalCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private PersonalCipher() {
    }

    public static SealedDetails seal(byte[] key, PersonalDetails details) {
        return new SealedDetails(seal(key, encode(details)));
    }

    public static PersonalDetails open(byte[] key, SealedDetails sealed) {
        return decode(open(key, sealed.ciphertext()));
    }

    public static SealedNote sealNote(byte[] key, String note) {
        return new SealedNote(seal(key, note.getBytes(StandardCharsets.UTF_8)));
    }

    public static String openNote(byte[] key, SealedNote sealed) {
        return new String(open(key, sealed.ciphertext()), StandardCharsets.UTF_8);
    }

    private static String seal(byte[] key, byte[] plain) {
        try {
            byte[] iv = Arrays.copyOf(hmac(key, plain), IV_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal personal data", e);
        }
    }

    private static byte[] open(byte[] key, String ciphertext) {
        byte[] all = Base64.getDecoder().decode(ciphertext);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open personal data", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] encode(PersonalDetails details) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String field : new String[] {details.fullName(), details.email(), details.phone()}) {
                out.writeBoolean(field != null);
                if (field != null) {
                    out.writeUTF(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static PersonalDetails decode(byte[] plain) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            String[] fields = new String[3];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = in.readBoolean() ? in.readUTF() : null;
            }
            return new PersonalDetails(fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
