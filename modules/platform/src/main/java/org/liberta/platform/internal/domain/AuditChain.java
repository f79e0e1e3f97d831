package org.liberta.platform.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The hash chain over audit entries: SHA-256 of the previous hash and every field, length-prefixed. */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Length-prefixing every field makes ("ab","c") and ("a","bc") hash differently.
            for (Object field : new Object[] {e.getPrevHash(), e.getSeq(), e.getAt().getEpochSecond(), e.getUsername(),
                    e.getAction(), e.getRecordType(), e.getRecordId(), e.getDetail(), e.getAddress()}) {
                byte[] bytes = Objects.toString(field, "\u0000").getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /** True when the entry's stored hash matches its content and it follows {@code expectedPrev}. */
    public static boolean isIntact(AuditEntry e, String expectedPrev) {
        return e.getPrevHash().equals(expectedPrev) && e.getHash().equals(hash(e));
    }
}
