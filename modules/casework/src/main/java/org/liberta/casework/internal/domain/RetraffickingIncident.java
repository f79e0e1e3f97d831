package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A survivor exploited again; the re-trafficking rate counts survivors with one in the period. */
@Entity(name = "RetraffickingIncident")
@Table(name = "cw_retrafficking")
public class RetraffickingIncident extends CareEvent {

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "note", length = 2000)
    private String note;

    protected RetraffickingIncident() {
    }

    public RetraffickingIncident(Survivor survivor, LocalDate occurredOn, String note) {
        super(survivor);
        this.occurredOn = occurredOn;
        this.note = note;
    }

    @Override
    public LocalDate day() {
        return occurredOn;
    }

    @Override
    public String kind() {
        return "RETRAFFICKING";
    }

    @Override
    public Map<String, Object> details() {
        return note == null ? Map.of() : Map.of("note", note);
    }
}
