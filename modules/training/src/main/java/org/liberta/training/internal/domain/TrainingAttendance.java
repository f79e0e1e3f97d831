package org.liberta.training.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A professional at a session: whether they completed it, and their assessment before and after in knowledge,
 * attitude and behaviour (a post score without its pre score is kept but has no gain).
 */
@Entity(name = "TrainingAttendance")
@Table(name = "trn_attendance")
public class TrainingAttendance extends VersionedEntity {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "professional_id", nullable = false)
    private long professionalId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "session_on", nullable = false)
    private LocalDate sessionOn;

    @Column(name = "completed", nullable = false)
    private boolean completed;

    /** The professional's profession, country and organisation, and the session's course, as they were: the figures. */
    @Column(name = "profession", length = 40)
    private String profession;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "organisation_key", length = 200)
    private String organisationKey;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "pre_knowledge")
    private Integer preKnowledge;

    @Column(name = "post_knowledge")
    private Integer postKnowledge;

    @Column(name = "pre_attitude")
    private Integer preAttitude;

    @Column(name = "post_attitude")
    private Integer postAttitude;

    @Column(name = "pre_behaviour")
    private Integer preBehaviour;

    @Column(name = "post_behaviour")
    private Integer postBehaviour;

    protected TrainingAttendance() {
    }

    public TrainingAttendance(TrainingSession session, Professional professional, boolean completed) {
        this.sessionId = session.getId();
        this.programmeId = session.getProgrammeId();
        this.sessionOn = session.getStartsOn();
        this.courseId = session.getCourseId();
        this.completed = completed;
        belongsTo(professional);
    }

    /** The scores as given; a score not given leaves the one recorded. */
    public void scored(Scores scores) {
        preKnowledge = scores.preKnowledge() != null ? scores.preKnowledge() : preKnowledge;
        postKnowledge = scores.postKnowledge() != null ? scores.postKnowledge() : postKnowledge;
        preAttitude = scores.preAttitude() != null ? scores.preAttitude() : preAttitude;
        postAttitude = scores.postAttitude() != null ? scores.postAttitude() : postAttitude;
        preBehaviour = scores.preBehaviour() != null ? scores.preBehaviour() : preBehaviour;
        postBehaviour = scores.postBehaviour() != null ? scores.postBehaviour() : postBehaviour;
    }

    /** Whose attendance it is (at creation, or after their record was merged into another). */
    public void belongsTo(Professional professional) {
        this.professionalId = professional.getId();
        this.profession = professional.getProfession().name();
        this.country = professional.getCountry();
        this.organisationKey = professional.getOrganisationKey();
    }

    public void completed(boolean done) {
        completed = done;
    }

    public Scores scores() {
        return new Scores(preKnowledge, postKnowledge, preAttitude, postAttitude, preBehaviour, postBehaviour);
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getProfessionalId() {
        return professionalId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getSessionOn() {
        return sessionOn;
    }

    public boolean isCompleted() {
        return completed;
    }
}
