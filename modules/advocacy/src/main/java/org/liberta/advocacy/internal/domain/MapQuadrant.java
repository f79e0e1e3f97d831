package org.liberta.advocacy.internal.domain;

/**
 * Where a stakeholder falls on a campaign's map, and so what the team does about them: those with a say who back
 * the ask are champions to equip, those with a say who oppose it are blockers to answer, those with a say who have
 * not made up their mind are the ones to persuade; the rest are kept informed.
 */
public enum MapQuadrant {
    CHAMPION, PERSUADE, BLOCKER, KEEP_INFORMED;

    /** Influence and stance from 1 to 5; 3 or more influence is a say in the decision. */
    public static MapQuadrant of(int influence, int stance) {
        if (influence < 3) {
            return KEEP_INFORMED;
        }
        return stance >= 4 ? CHAMPION : stance <= 2 ? BLOCKER : PERSUADE;
    }
}
