package org.liberta.advocacy.internal.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a campaign stands. Planned campaigns become active; an active one is won, partly won, lost or dropped;
 * a closed campaign can be reopened (active again) when the issue returns. A win, whole or partial, is claimed only
 * with at least one outcome recorded against the campaign: the charity shows what changed.
 */
public enum CampaignStatus {
    PLANNED, ACTIVE, WON, PARTLY_WON, LOST, DROPPED;

    public boolean isClosed() {
        return this != PLANNED && this != ACTIVE;
    }

    public boolean isWin() {
        return this == WON || this == PARTLY_WON;
    }

    /** The statuses this one may move to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ACTIVE, DROPPED);
            case ACTIVE -> EnumSet.of(WON, PARTLY_WON, LOST, DROPPED);
            case PARTLY_WON -> EnumSet.of(WON, ACTIVE);
            case WON, LOST, DROPPED -> EnumSet.of(ACTIVE);
        };
    }

    /** Why the move is not allowed, or null when it is. */
    public String refusal(CampaignStatus to, long outcomes) {
        if (to == this) {
            return null;
        }
        if (!next().contains(to)) {
            return "a " + name().toLowerCase().replace('_', ' ') + " campaign cannot become " + to.name().toLowerCase()
                    .replace('_', ' ') + "; it can become " + next().toString().toLowerCase().replace('_', ' ');
        }
        if (to.isWin() && outcomes == 0) {
            return "record the outcome that shows the win first";
        }
        return null;
    }
}
