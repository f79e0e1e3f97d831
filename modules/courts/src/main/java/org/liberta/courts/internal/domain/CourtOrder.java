package org.liberta.courts.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.OrderKind;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * An order a court gave at a hearing ("produce the witness", "police report within 30 days"), followed until it is
 * done: an order not done by its due day is overdue, and the lawyer's home page says so (issue 35).
 */
@Entity(name = "CourtOrder")
@Table(name = "crt_order")
public class CourtOrder extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "hearing_id")
    private Long hearingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OrderKind kind;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 100)
    private String doneBy;

    @Column(name = "done_note", length = 1000)
    private String doneNote;

    protected CourtOrder() {
    }

    /** A new order; its due day is not before the day it was given (the service names the field if it is). */
    public CourtOrder(CourtCase courtCase, Long hearingId, OrderKind kind, String description, LocalDate givenOn,
            LocalDate dueOn) {
        if (dueOn.isBefore(givenOn)) {
            throw new IllegalArgumentException("an order falls due on or after the day it was given");
        }
        this.caseId = courtCase.getId();
        this.programmeId = courtCase.getProgrammeId();
        this.hearingId = hearingId;
        this.kind = kind;
        this.description = description;
        this.givenOn = givenOn;
        this.dueOn = dueOn;
    }

    /** Records the order as done; done twice is recorded once. Returns whether this call recorded it. */
    public boolean markDone(LocalDate on, String by, String note) {
        if (doneOn != null) {
            return false;
        }
        if (on.isBefore(givenOn)) {
            throw new IllegalArgumentException("an order is done on or after the day it was given");
        }
        doneOn = on;
        doneBy = by;
        doneNote = note;
        return true;
    }

    /** Not done, and its due day has passed. */
    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && dueOn.isBefore(day);
    }

    public long getCaseId() {
        return caseId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public Long getHearingId() {
        return hearingId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public String getDoneNote() {
        return doneNote;
    }
}
