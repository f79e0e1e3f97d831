package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.ContactMode;

/** A follow-up contact with a survivor (a call, a visit); its note is care information, never shown to lawyers. */
@Entity(name = "FollowUp")
@Table(name = "cw_follow_up")
public class FollowUp extends CareEvent {

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode", nullable = false, length = 20)
    private ContactMode mode;

    @Column(name = "note", length = 2000)
    private String note;

    protected FollowUp() {
    }

    public FollowUp(Survivor survivor, LocalDate contactOn, ContactMode mode, String note) {
        super(survivor);
        this.contactOn = contactOn;
        this.mode = mode;
        this.note = note;
    }

    @Override
    public LocalDate day() {
        return contactOn;
    }

    public ContactMode getMode() {
        return mode;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String kind() {
        return "FOLLOW_UP";
    }

    @Override
    public Map<String, Object> details() {
        return note == null ? Map.of("mode", mode) : Map.of("mode", mode, "note", note);
    }
}
