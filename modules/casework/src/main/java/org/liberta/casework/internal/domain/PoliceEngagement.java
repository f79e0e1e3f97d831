package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.PoliceEngagementLevel;

/** A step on the police-engagement ladder, with the highest step the survivor had reached by then. */
@Entity(name = "PoliceEngagement")
@Table(name = "cw_police_engagement")
public class PoliceEngagement extends CareEvent {

    @Column(name = "engaged_on", nullable = false)
    private LocalDate engagedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_code", nullable = false, length = 30)
    private PoliceEngagementLevel level;

    @Column(name = "level_rank", nullable = false)
    private int levelRank;

    /** The highest rank the survivor had reached by this engagement, this one included; see {@link #restateLadder}. */
    @Column(name = "ladder_rank", nullable = false)
    private int ladderRank;

    /** The day of the survivor's next engagement, null while this is the latest. */
    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    protected PoliceEngagement() {
    }

    public PoliceEngagement(Survivor survivor, LocalDate engagedOn, PoliceEngagementLevel level) {
        super(survivor);
        this.engagedOn = engagedOn;
        this.level = level;
        this.levelRank = level.rank();
        this.ladderRank = levelRank;
    }

    public int getLadderRank() {
        return ladderRank;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    /**
     * Restates one survivor's engagements after one is recorded (perhaps back-dated): the highest rung reached by
     * each, and the day each was superseded. "Highest engagement as of a period's end" is then the ladder rank of
     * the engagement current on that day, a plain comparison instead of an aggregate per survivor at report time.
     */
    public static void restateLadder(List<PoliceEngagement> history) {
        List<PoliceEngagement> inOrder = chronological(history);
        int highest = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            PoliceEngagement e = inOrder.get(i);
            highest = Math.max(highest, e.levelRank);
            e.ladderRank = highest;
            e.supersededOn = i + 1 < inOrder.size() ? inOrder.get(i + 1).engagedOn : null;
        }
    }

    @Override
    public LocalDate day() {
        return engagedOn;
    }

    public PoliceEngagementLevel getLevel() {
        return level;
    }

    @Override
    public String kind() {
        return "POLICE_ENGAGEMENT";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("level", level);
    }
}
