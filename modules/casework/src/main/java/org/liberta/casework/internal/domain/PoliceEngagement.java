package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.PoliceEngagementLevel;

/** A step on the police-engagement ladder; the rank is stored so "highest level" is one SQL aggregate. */
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

    protected PoliceEngagement() {
    }

    public PoliceEngagement(Survivor survivor, LocalDate engagedOn, PoliceEngagementLevel level) {
        super(survivor);
        this.engagedOn = engagedOn;
        this.level = level;
        this.levelRank = level.rank();
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
