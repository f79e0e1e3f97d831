package org.liberta.platform.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238 appendix B, "12345678901234567890". */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
        assertEquals("287082", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsOneStepOfClockDriftAndNothingMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now));
        assertTrue(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now));
        assertFalse(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now));
        assertEquals(java.util.OptionalLong.of(step + 1),
                Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now), "the step, to accept it once");
        assertFalse(Totp.verify(RFC_SECRET, "12345", now));
        assertFalse(Totp.verify(RFC_SECRET, null, now));
    }

    @Test
    void base32RoundTripsAndSecretsAre160Bits() {
        byte[] data = {0, 1, 2, (byte) 0xff, 42};
        assertArrayEquals(data, Base32.decode(Base32.encode(data)));
        assertEquals(20, Base32.decode(Totp.newSecret()).length);
    }
}
