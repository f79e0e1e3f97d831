package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.VocationalSupportKind;

/** Help towards work or study: training, a placement, a grant to start a small business. */
@Entity(name = "VocationalSupport")
@Table(name = "cw_vocational_support")
public class VocationalSupport extends CareEvent {

    @Column(name = "supported_on", nullable = false)
    private LocalDate supportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private VocationalSupportKind kind;

    @Column(name = "provider", length = 200)
    private String provider;

    @Column(name = "note", length = 2000)
    private String note;

    protected VocationalSupport() {
    }

    public VocationalSupport(Survivor survivor, LocalDate supportedOn, VocationalSupportKind kind, String provider,
            String note) {
        super(survivor);
        this.supportedOn = supportedOn;
        this.kind = kind;
        this.provider = provider;
        this.note = note;
    }

    @Override
    public LocalDate day() {
        return supportedOn;
    }

    @Override
    public String kind() {
        return "VOCATIONAL_SUPPORT";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("supportKind", kind);
        if (provider != null) {
            details.put("provider", provider);
        }
        if (note != null) {
            details.put("note", note);
        }
        return details;
    }
}
