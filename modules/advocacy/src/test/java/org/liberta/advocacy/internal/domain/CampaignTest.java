package org.liberta.advocacy.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

/** The campaign keeps its own rules: whoever moves it cannot forget to ask. */
class CampaignTest {

    private static Campaign campaign(CampaignStatus status) {
        return new Campaign(1L, "Safe houses funded", "Fund four safe houses", "Home Office",
                LocalDate.of(2027, 3, 31), status, null);
    }

    @Test
    void aMoveItsStatusDoesNotAllowIsRefusedNamingTheStatusAndChangesNothing() {
        Campaign planned = campaign(CampaignStatus.PLANNED);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> planned.moveTo(CampaignStatus.WON, 3));
        FieldError error = refused.errors().get(0);
        assertEquals("status", error.field());
        assertTrue(error.message().contains("cannot become won"), error.message());
        assertEquals(CampaignStatus.PLANNED, planned.getStatus());
    }

    @Test
    void aWinNeedsAnOutcomeToShowForIt() {
        Campaign active = campaign(CampaignStatus.ACTIVE);
        assertThrows(InvalidInputException.class, () -> active.moveTo(CampaignStatus.WON, 0));
        assertEquals(CampaignStatus.ACTIVE, active.getStatus());
        assertTrue(active.moveTo(CampaignStatus.WON, 1));
        assertEquals(CampaignStatus.WON, active.getStatus());
    }

    @Test
    void stayingPutIsNoMoveAndAClosedCampaignReopens() {
        Campaign lost = campaign(CampaignStatus.LOST);
        assertFalse(lost.moveTo(CampaignStatus.LOST, 0));
        assertTrue(lost.moveTo(CampaignStatus.ACTIVE, 0));
        assertEquals(CampaignStatus.ACTIVE, lost.getStatus());
    }
}
