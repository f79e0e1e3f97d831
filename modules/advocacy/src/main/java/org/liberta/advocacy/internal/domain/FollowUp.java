package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** Something promised at an engagement: what, by when, by whom; done or still open. */
@Entity(name = "AdvocacyFollowUp")
@Table(name = "adv_follow_up")
public class FollowUp extends VersionedEntity {

    @Column(name = "engagement_id", nullable = false)
    private long engagementId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "action", nullable = false, length = 500)
    private String action;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected FollowUp() {
    }

    public FollowUp(Engagement engagement, String action, LocalDate dueOn, String owner) {
        this.engagementId = engagement.getId();
        this.programmeId = engagement.getProgrammeId();
        this.action = action;
        this.dueOn = dueOn;
        this.owner = owner;
    }

    /** Marks it done; answers false when it already was (nothing changes). */
    public boolean done(LocalDate on) {
        if (doneOn != null) {
            return false;
        }
        doneOn = on;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public long getEngagementId() {
        return engagementId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getAction() {
        return action;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
