package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A prevention education session and who attended; counted by PREVENTION_REACHED on its date. */
@Entity(name = "PreventionSession")
@Table(name = "cw_prevention_session")
public class PreventionSession extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "cw_prevention_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "participant_id", nullable = false)
    private Set<Long> participantIds = new HashSet<>();

    protected PreventionSession() {
    }

    public PreventionSession(long programmeId, LocalDate heldOn, String topic, Set<Long> participantIds) {
        this.programmeId = programmeId;
        this.heldOn = heldOn;
        this.topic = topic;
        this.participantIds.addAll(participantIds);
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public int attendance() {
        return participantIds.size();
    }
}
