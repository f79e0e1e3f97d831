package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A survivor's return home; counted by SURVIVORS_REPATRIATED on the arrival date. */
@Entity(name = "Repatriation")
@Table(name = "cw_repatriation")
public class Repatriation extends CareEvent {

    @Column(name = "from_country", nullable = false, length = 2)
    private String fromCountry;

    @Column(name = "to_country", nullable = false, length = 2)
    private String toCountry;

    @Column(name = "arrival_on", nullable = false)
    private LocalDate arrivalOn;

    protected Repatriation() {
    }

    public Repatriation(Survivor survivor, String fromCountry, String toCountry, LocalDate arrivalOn) {
        super(survivor);
        this.fromCountry = fromCountry;
        this.toCountry = toCountry;
        this.arrivalOn = arrivalOn;
    }

    @Override
    public LocalDate day() {
        return arrivalOn;
    }

    public String getFromCountry() {
        return fromCountry;
    }

    public String getToCountry() {
        return toCountry;
    }

    @Override
    public String kind() {
        return "REPATRIATION";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("fromCountry", fromCountry, "toCountry", toCountry);
    }
}
