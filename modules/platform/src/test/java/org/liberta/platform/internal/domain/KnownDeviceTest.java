package org.liberta.platform.internal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class KnownDeviceTest {

    private final Instant now = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void aDeviceIsTrustedForItsOwnerOnly() {
        KnownDevice device = new KnownDevice("hash", 7, now);
        assertTrue(device.isTrustedFor(7, now));
        assertFalse(device.isTrustedFor(8, now), "a cookie from one account opens no other");
    }

    @Test
    void fiveWrongPasswordsInARowFromADeviceEndItsTrustSoAStolenCookieBuysFewGuesses() {
        KnownDevice device = new KnownDevice("hash", 7, now);
        for (int i = 1; i < KnownDevice.MAX_FAILURES; i++) {
            device.recordFailedLogin();
        }
        assertTrue(device.isTrustedFor(7, now), "four typos are still its owner");
        device.recordSuccessfulLogin(now);
        for (int i = 1; i <= KnownDevice.MAX_FAILURES; i++) {
            device.recordFailedLogin();
        }
        assertFalse(device.isTrustedFor(7, now));
    }

    @Test
    void aDeviceUnusedForHalfAYearIsForgotten() {
        KnownDevice device = new KnownDevice("hash", 7, now);
        assertTrue(device.isTrustedFor(7, now.plus(KnownDevice.FORGOTTEN_AFTER).minusSeconds(1)));
        assertFalse(device.isTrustedFor(7, now.plus(KnownDevice.FORGOTTEN_AFTER)));
        device.recordSuccessfulLogin(now.plus(KnownDevice.FORGOTTEN_AFTER).minusSeconds(1));
        assertTrue(device.isTrustedFor(7, now.plus(KnownDevice.FORGOTTEN_AFTER).plusSeconds(60)), "use renews it");
    }
}
