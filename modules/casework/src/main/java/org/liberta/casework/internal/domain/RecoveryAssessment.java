package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.RecoveryArea;

/** Scores from 1 (in crisis) to 5 (thriving) for some or all key areas, on one day. */
@Entity(name = "RecoveryAssessment")
@Table(name = "cw_recovery_assessment")
public class RecoveryAssessment extends CareEvent {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cw_recovery_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "area", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score", nullable = false)
    private Map<RecoveryArea, Integer> scores = new EnumMap<>(RecoveryArea.class);

    protected RecoveryAssessment() {
    }

    public RecoveryAssessment(Survivor survivor, LocalDate assessedOn, Map<RecoveryArea, Integer> scores) {
        super(survivor);
        this.assessedOn = assessedOn;
        this.scores.putAll(scores);
    }

    @Override
    public LocalDate day() {
        return assessedOn;
    }

    public Map<RecoveryArea, Integer> getScores() {
        return scores.isEmpty() ? new EnumMap<>(RecoveryArea.class) : new EnumMap<>(scores);
    }

    @Override
    public String kind() {
        return "RECOVERY_ASSESSMENT";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("scores", getScores());
    }
}
