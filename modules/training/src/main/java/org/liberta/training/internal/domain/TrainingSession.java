package org.liberta.training.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** One delivery of a course in a programme: when, where (or online), by whom, with which partner. */
@Entity(name = "TrainingSession")
@Table(name = "trn_session")
public class TrainingSession extends VersionedEntity {

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "location", length = 200)
    private String location;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "trainers", length = 300)
    private String trainers;

    @Column(name = "partner_organisation", length = 200)
    private String partnerOrganisation;

    @Column(name = "audience", length = 200)
    private String audience;

    protected TrainingSession() {
    }

    public TrainingSession(long courseId, long programmeId, LocalDate startsOn, LocalDate endsOn, String location,
            boolean online, String trainers, String partnerOrganisation, String audience) {
        this.courseId = courseId;
        this.programmeId = programmeId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.location = location;
        this.online = online;
        this.trainers = trainers;
        this.partnerOrganisation = partnerOrganisation;
        this.audience = audience;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getLocation() {
        return location;
    }

    public boolean isOnline() {
        return online;
    }

    public String getTrainers() {
        return trainers;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public String getAudience() {
        return audience;
    }
}
