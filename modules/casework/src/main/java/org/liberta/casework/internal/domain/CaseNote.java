package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A navigator's note on the survivor's timeline; care information, deleted when the case is anonymised. */
@Entity(name = "CaseNote")
@Table(name = "cw_case_note")
public class CaseNote extends CareEvent {

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(name = "note_text", nullable = false, length = 4000)
    private String text;

    protected CaseNote() {
    }

    public CaseNote(Survivor survivor, LocalDate notedOn, String text) {
        super(survivor);
        this.notedOn = notedOn;
        this.text = text;
    }

    @Override
    public LocalDate day() {
        return notedOn;
    }

    @Override
    public String kind() {
        return "NOTE";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("note", text);
    }
}
