package org.liberta.training.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A course the charity teaches: what it covers, for whom, how long, the assessment used and its score range, and
 * for how many months a certificate for it stays valid (none: it does not expire).
 */
@Entity(name = "Course")
@Table(name = "trn_course")
public class Course extends VersionedEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "title_key", nullable = false, unique = true, length = 200)
    private String titleKey;

    @Column(name = "topic", length = 200)
    private String topic;

    @Column(name = "objectives", length = 2000)
    private String objectives;

    @Column(name = "audience", length = 200)
    private String audience;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "assessment", length = 200)
    private String assessment;

    @Column(name = "score_min", nullable = false)
    private int scoreMin;

    @Column(name = "score_max", nullable = false)
    private int scoreMax;

    @Column(name = "valid_months")
    private Integer validMonths;

    protected Course() {
    }

    public Course(String title, String titleKey, String topic, String objectives, String audience,
            Integer durationMinutes, String assessment, int scoreMin, int scoreMax, Integer validMonths) {
        this.title = title;
        this.titleKey = titleKey;
        this.topic = topic;
        this.objectives = objectives;
        this.audience = audience;
        this.durationMinutes = durationMinutes;
        this.assessment = assessment;
        this.scoreMin = scoreMin;
        this.scoreMax = scoreMax;
        this.validMonths = validMonths;
    }

    /** A changed description; the title keeps its key unique, the score range applies to scores recorded from now. */
    public void revise(String title, String titleKey, String topic, String objectives, String audience,
            Integer durationMinutes, String assessment, int scoreMin, int scoreMax, Integer validMonths) {
        this.title = title;
        this.titleKey = titleKey;
        this.topic = topic;
        this.objectives = objectives;
        this.audience = audience;
        this.durationMinutes = durationMinutes;
        this.assessment = assessment;
        this.scoreMin = scoreMin;
        this.scoreMax = scoreMax;
        this.validMonths = validMonths;
    }

    public boolean scoreInRange(Integer score) {
        return score == null || (score >= scoreMin && score <= scoreMax);
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getAudience() {
        return audience;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getAssessment() {
        return assessment;
    }

    public int getScoreMin() {
        return scoreMin;
    }

    public int getScoreMax() {
        return scoreMax;
    }

    public Integer getValidMonths() {
        return validMonths;
    }
}
