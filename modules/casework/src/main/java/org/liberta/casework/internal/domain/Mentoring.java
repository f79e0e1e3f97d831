package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Peer mentoring: a champion survivor, further along in recovery, accompanies a mentee. It sits on the mentee's
 * timeline; the mentor is another survivor of the same programme, known here by id and shown by pseudonym.
 */
@Entity(name = "Mentoring")
@Table(name = "cw_mentoring")
public class Mentoring extends CareEvent {

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @jakarta.persistence.Transient
    private String mentorPseudonym;

    protected Mentoring() {
    }

    public Mentoring(Survivor mentee, Survivor mentor, LocalDate startedOn, LocalDate endedOn) {
        super(mentee);
        this.mentorId = mentor.getId();
        this.mentorPseudonym = mentor.getPseudonym();
        this.startedOn = startedOn;
        this.endedOn = endedOn;
    }

    public long getMentorId() {
        return mentorId;
    }

    /** The timeline shows the mentor by pseudonym; the repository fills it in when it loads the event. */
    public void showMentorAs(String pseudonym) {
        this.mentorPseudonym = pseudonym;
    }

    @Override
    public LocalDate day() {
        return startedOn;
    }

    @Override
    public String kind() {
        return "MENTORING";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mentorId", mentorId);
        if (mentorPseudonym != null) {
            details.put("mentor", mentorPseudonym);
        }
        if (endedOn != null) {
            details.put("end", endedOn);
        }
        return details;
    }
}
