package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.RemovedBy;

/** A removal from exploitation: counted by VICTIMS_REMOVED on its date. */
@Entity(name = "Removal")
@Table(name = "cw_removal")
public class Removal extends CareEvent {

    @Column(name = "removed_on", nullable = false)
    private LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "removed_by", nullable = false, length = 20)
    private RemovedBy removedBy;

    protected Removal() {
    }

    public Removal(Survivor survivor, LocalDate removedOn, RemovedBy removedBy) {
        super(survivor);
        this.removedOn = removedOn;
        this.removedBy = removedBy;
    }

    @Override
    public LocalDate day() {
        return removedOn;
    }

    public RemovedBy getRemovedBy() {
        return removedBy;
    }

    @Override
    public String kind() {
        return "REMOVAL";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("removedBy", removedBy);
    }
}
