package org.liberta.casework.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.platform.api.ConflictException;

class SurvivorTest {

    private final Survivor survivor = new Survivor(1, "UK-2021-0001", "Blue Heron", Gender.FEMININE, 1990, "AL",
            EnumSet.of(ExploitationType.FORCED_LABOUR), LocalDate.of(2021, 3, 1));

    @Test
    void consentIsPerPurposeAndAWithdrawalCanBeUndoneByConsentingAgain() {
        survivor.giveConsent(ConsentPurpose.ANONYMOUS_STATISTICS, LocalDate.of(2021, 3, 1));
        assertTrue(survivor.hasConsentTo(ConsentPurpose.ANONYMOUS_STATISTICS));
        assertFalse(survivor.hasConsentTo(ConsentPurpose.SHARE_WITH_POLICE));
        assertTrue(survivor.withdrawConsent(ConsentPurpose.ANONYMOUS_STATISTICS, LocalDate.of(2022, 1, 1)));
        assertFalse(survivor.hasConsentTo(ConsentPurpose.ANONYMOUS_STATISTICS));
        assertFalse(survivor.withdrawConsent(ConsentPurpose.ANONYMOUS_STATISTICS, LocalDate.of(2022, 1, 2)),
                "nothing left to withdraw");
        survivor.giveConsent(ConsentPurpose.ANONYMOUS_STATISTICS, LocalDate.of(2023, 1, 1));
        assertTrue(survivor.hasConsentTo(ConsentPurpose.ANONYMOUS_STATISTICS));
        assertEquals(1, survivor.getConsents().size(), "one consent per purpose, renewed");
    }

    @Test
    void describingTheSameProfileAgainChangesNothing() {
        assertTrue(survivor.describe(Gender.FEMININE, 1990, "AL", EnumSet.of(ExploitationType.FORCED_LABOUR),
                EnumSet.of(ControlMethod.DEBT_BONDAGE), RecruitmentMethod.FRIENDS, Set.of("sq")));
        assertFalse(survivor.describe(Gender.FEMININE, 1990, "AL", EnumSet.of(ExploitationType.FORCED_LABOUR),
                EnumSet.of(ControlMethod.DEBT_BONDAGE), RecruitmentMethod.FRIENDS, Set.of("sq")));
        assertTrue(survivor.describe(Gender.FEMININE, 1990, "AL", EnumSet.of(ExploitationType.FORCED_LABOUR),
                EnumSet.of(ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS), RecruitmentMethod.FRIENDS,
                Set.of("sq")));
        assertEquals(EnumSet.of(ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS), survivor.getControlMethods());
    }

    @Test
    void closingAndAnonymisingTakeTheCaseOutOfTheCaseloadButKeepItsFacts() {
        survivor.recordContact(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 12));
        assertTrue(survivor.isOverdueOn(LocalDate.of(2021, 3, 13)));
        survivor.close(LocalDate.of(2021, 6, 30));
        assertEquals(LocalDate.of(2021, 6, 30), survivor.getClosedOn());
        assertNull(survivor.getNextDueOn());
        assertFalse(survivor.isOverdueOn(LocalDate.of(2021, 7, 1)));
        survivor.markAnonymised(LocalDate.of(2028, 1, 1));
        assertEquals(LocalDate.of(2021, 6, 30), survivor.getClosedOn(), "anonymising keeps the closing date");
        assertEquals(Gender.FEMININE, survivor.getGender());
    }

    @Test
    void anonymisingAnOpenCaseOnRequestClosesItThatDay() {
        survivor.markAnonymised(LocalDate.of(2026, 11, 2));
        assertEquals(Survivor.Status.CLOSED, survivor.getStatus());
        assertEquals(LocalDate.of(2026, 11, 2), survivor.getClosedOn());
    }

    @Test
    void aClosedCaseIsNotClosedAgain() {
        survivor.close(LocalDate.of(2022, 5, 1));
        ConflictException again = assertThrows(ConflictException.class, () -> survivor.close(LocalDate.of(2023, 1, 1)));
        assertEquals("the case is already closed", again.getMessage());
        assertEquals(LocalDate.of(2022, 5, 1), survivor.getClosedOn(), "retention still counts from the first day");
    }
}
