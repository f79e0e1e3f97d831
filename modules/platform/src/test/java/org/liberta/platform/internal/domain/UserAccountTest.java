package org.liberta.platform.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.Role;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private UserAccount lawyer() {
        return new UserAccount("lawyer.bd", "hash", EnumSet.of(Role.LAWYER), Set.of(3L), now);
    }

    @Test
    void locksAfterFiveFailuresInARowForFifteenMinutes() {
        UserAccount user = lawyer();
        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            assertFalse(user.recordFailedLogin(now));
        }
        assertTrue(user.recordFailedLogin(now), "the fifth failure locks");
        assertTrue(user.isLockedAt(now.plusSeconds(14 * 60)));
        assertFalse(user.isLockedAt(now.plusSeconds(15 * 60 + 1)));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount user = lawyer();
        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            user.recordFailedLogin(now);
        }
        user.recordSuccessfulLogin();
        assertFalse(user.recordFailedLogin(now));
    }

    @Test
    void disablingNarrowingOrResettingEndsEverySession() {
        UserAccount user = lawyer();
        int epoch = user.getSessionEpoch();
        user.assign(EnumSet.of(Role.LAWYER, Role.CASEWORKER), Set.of(3L, 4L));
        assertEquals(epoch, user.getSessionEpoch(), "widening keeps sessions");
        user.assign(EnumSet.of(Role.LAWYER), Set.of(3L));
        assertEquals(epoch + 1, user.getSessionEpoch(), "narrowing ends them");
        user.disable();
        assertEquals(epoch + 2, user.getSessionEpoch());
        user.changePassword("new");
        assertEquals(epoch + 3, user.getSessionEpoch());
    }
}
