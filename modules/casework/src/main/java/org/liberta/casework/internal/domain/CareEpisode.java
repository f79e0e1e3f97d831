package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stretch of care; an open end means the survivor is still in care. Counted by SURVIVORS_CARED_FOR. */
@Entity(name = "CareEpisode")
@Table(name = "cw_care_episode")
public class CareEpisode extends CareEvent {

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on")
    private LocalDate endOn;

    protected CareEpisode() {
    }

    public CareEpisode(Survivor survivor, LocalDate startOn, LocalDate endOn) {
        super(survivor);
        this.startOn = startOn;
        this.endOn = endOn;
    }

    @Override
    public LocalDate day() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    @Override
    public String kind() {
        return "CARE_EPISODE";
    }

    @Override
    public Map<String, Object> details() {
        return endOn == null ? Map.of() : Map.of("end", endOn);
    }
}
