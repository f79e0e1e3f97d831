package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
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

    /** Where this assessment stands in its survivor's history; see {@link #restateHistory}. */
    @Column(name = "assessment_number", nullable = false)
    private int assessmentNumber = 1;

    @Column(name = "superseded_on")
    private LocalDate supersededOn;

    /** How many key areas score higher than in the survivor's first assessment (0 for the first itself). */
    @Column(name = "areas_improved", nullable = false)
    private int areasImproved;

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

    public int getAssessmentNumber() {
        return assessmentNumber;
    }

    public LocalDate getSupersededOn() {
        return supersededOn;
    }

    public int getAreasImproved() {
        return areasImproved;
    }

    /**
     * Restates one survivor's assessments after one is recorded (perhaps back-dated, before others): their order by
     * day then id, the day each was superseded, and in how many key areas each beats the first. Recovery
     * indicators ask these as of a period's last day with plain comparisons instead of searching each survivor's
     * history at report time.
     */
    public static void restateHistory(List<RecoveryAssessment> history) {
        List<RecoveryAssessment> inOrder = chronological(history);
        Map<RecoveryArea, Integer> first = inOrder.isEmpty() ? Map.of() : inOrder.get(0).getScores();
        for (int i = 0; i < inOrder.size(); i++) {
            RecoveryAssessment a = inOrder.get(i);
            a.assessmentNumber = i + 1;
            a.supersededOn = i + 1 < inOrder.size() ? inOrder.get(i + 1).assessedOn : null;
            a.areasImproved = i == 0 ? 0 : (int) a.getScores().entrySet().stream()
                    .filter(e -> first.containsKey(e.getKey()) && e.getValue() > first.get(e.getKey())).count();
        }
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
