package org.liberta.advocacy.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    @Test
    void aPlannedCampaignBecomesActiveOrIsDroppedButIsNotWonStraightAway() {
        assertNull(CampaignStatus.PLANNED.refusal(CampaignStatus.ACTIVE, 0));
        assertNull(CampaignStatus.PLANNED.refusal(CampaignStatus.DROPPED, 0));
        assertTrue(CampaignStatus.PLANNED.refusal(CampaignStatus.WON, 3).contains("cannot become won"));
    }

    @Test
    void aWinIsClaimedOnlyWithAnOutcomeToShowForIt() {
        assertEquals("record the outcome that shows the win first", CampaignStatus.ACTIVE.refusal(CampaignStatus.WON, 0));
        assertEquals("record the outcome that shows the win first",
                CampaignStatus.ACTIVE.refusal(CampaignStatus.PARTLY_WON, 0));
        assertNull(CampaignStatus.ACTIVE.refusal(CampaignStatus.WON, 1));
        assertNull(CampaignStatus.ACTIVE.refusal(CampaignStatus.LOST, 0), "a loss needs no outcome");
    }

    @Test
    void aClosedCampaignCanBeReopenedAndAPartWinCompleted() {
        for (CampaignStatus closed : new CampaignStatus[] {CampaignStatus.WON, CampaignStatus.LOST, CampaignStatus.DROPPED}) {
            assertTrue(closed.isClosed());
            assertNull(closed.refusal(CampaignStatus.ACTIVE, 0), closed + " reopens");
        }
        assertNull(CampaignStatus.PARTLY_WON.refusal(CampaignStatus.WON, 1));
        assertTrue(CampaignStatus.LOST.refusal(CampaignStatus.WON, 1) != null, "reopen it first");
        assertNull(CampaignStatus.ACTIVE.refusal(CampaignStatus.ACTIVE, 0), "staying put is no move");
    }
}
