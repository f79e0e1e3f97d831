package org.liberta.platform.internal.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the flavour every
 * authenticator app understands. One step either side is accepted to forgive clock drift.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16)
                    | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    public static long stepAt(Instant instant) {
        return instant.getEpochSecond() / STEP_SECONDS;
    }

    public static boolean verify(String base32Secret, String code, Instant now) {
        return matchingStep(base32Secret, code, now).isPresent();
    }

    /**
     * The time step {@code code} belongs to, one step of clock drift either way, if it is right: the caller keeps the
     * last step used, so that a code is accepted once only (ASVS 5.0 §6.5.1).
     */
    public static java.util.OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
            return java.util.OptionalLong.empty();
        }
        long step = stepAt(now);
        for (long s = step - 1; s <= step + 1; s++) {
            if (code(base32Secret, s).equals(code.trim())) {
                return java.util.OptionalLong.of(s);
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** The URI authenticator apps import (as a QR code or pasted). */
    public static String provisioningUri(String issuer, String account, String secret) {
        return "otpauth://totp/" + issuer + ":" + account + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }
}
