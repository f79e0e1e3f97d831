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
    void fiveFailuresInARowSlowSignInDownForThirtySecondsAndEachFailureAfterTwiceAsLong() {
        UserAccount user = lawyer();
        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            assertFalse(user.recordFailedLogin(now));
        }
        assertFalse(user.isLockedAt(now));
        assertTrue(user.recordFailedLogin(now), "the fifth failure locks");
        assertTrue(user.isLockedAt(now.plusSeconds(29)));
        assertFalse(user.isLockedAt(now.plusSeconds(31)), "for thirty seconds, not a quarter of an hour");
        Instant later = now.plusSeconds(31);
        assertTrue(user.recordFailedLogin(later), "locked again once the lock had run out");
        assertTrue(user.isLockedAt(later.plusSeconds(59)));
        assertFalse(user.isLockedAt(later.plusSeconds(61)), "a minute after the sixth");
    }

    @Test
    void theDelayGrowsToAQuarterOfAnHourAndNoFurther() {
        assertEquals(java.time.Duration.ofSeconds(30), UserAccount.delayAfter(5));
        assertEquals(java.time.Duration.ofMinutes(4), UserAccount.delayAfter(8));
        assertEquals(java.time.Duration.ofMinutes(15), UserAccount.delayAfter(10));
        assertEquals(java.time.Duration.ofMinutes(15), UserAccount.delayAfter(100));
        assertEquals(java.time.Duration.ofMinutes(15), UserAccount.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void wrongCodesAfterARightPasswordSlowTheSecondStepOnTheirOwn() {
        UserAccount user = lawyer();
        for (int i = 1; i < UserAccount.MAX_FAILURES; i++) {
            assertFalse(user.recordFailedCode(now));
        }
        assertFalse(user.isLockedAt(now), "wrong codes do not lock the first step");
        assertTrue(user.recordFailedCode(now));
        assertTrue(user.areCodesLockedAt(now.plusSeconds(29)));
        user.recordSuccessfulLogin();
        assertFalse(user.areCodesLockedAt(now));
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

    @Test
    void duringASprayTheFirstFailureLocksAndOnlyTheFirstLockOfAStreakIsAlerted() {
        UserAccount user = lawyer();
        assertTrue(user.recordFailedLoginDuringSpray(now), "one guess, then thirty seconds");
        assertTrue(user.isFirstLockOfStreak());
        assertTrue(user.isLockedAt(now.plusSeconds(29)));
        assertTrue(user.recordFailedLoginDuringSpray(now.plusSeconds(31)), "the next guess doubles the delay");
        assertFalse(user.isFirstLockOfStreak(), "the owner was told once; a long attack is not a mail a minute");
        assertTrue(user.isLockedAt(now.plusSeconds(31 + 59)));
    }

    @Test
    void anAddressForAlertsIsKeptStrippedAndABlankOneRemovesIt() {
        UserAccount user = lawyer();
        user.changeEmail("  lawyer@example.org ");
        assertEquals("lawyer@example.org", user.getEmail());
        user.changeEmail(" ");
        assertEquals(null, user.getEmail());
    }

    @Test
    void aSecondFactorCodeIsGoodOnceAndAnOlderOneNever() {
        UserAccount user = lawyer();
        assertTrue(user.acceptCodeOf(1000));
        assertFalse(user.acceptCodeOf(1000), "the same code again, say read over a shoulder");
        assertFalse(user.acceptCodeOf(999), "or the one before it");
        assertTrue(user.acceptCodeOf(1001), "the next code is fine");
    }
}
