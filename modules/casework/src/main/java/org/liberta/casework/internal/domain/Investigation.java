package org.liberta.casework.internal.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A police investigation, known by its police reference, with the survivors (of any programme) who took part
 * and its outcomes. Reported again by another programme it stays one record: outcomes are the latest figures,
 * never added up twice.
 */
@Entity(name = "Investigation")
@Table(name = "cw_investigation")
public class Investigation extends VersionedEntity {

    @Column(name = "police_reference", nullable = false, unique = true, length = 60)
    private String policeReference;

    @Column(name = "reported_by", nullable = false)
    private long reportedByProgrammeId;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "further_victims", nullable = false)
    private int furtherVictims;

    @Column(name = "suspects", nullable = false)
    private int suspects;

    @Column(name = "arrests", nullable = false)
    private int arrests;

    @Column(name = "lines_of_enquiry", nullable = false)
    private int linesOfEnquiry;

    @Column(name = "charges", nullable = false)
    private int charges;

    @Column(name = "locations_identified", nullable = false)
    private int locationsIdentified;

    @Column(name = "locations_checked", nullable = false)
    private int locationsChecked;

    /** Survivor id to the survivor's programme: a survivor's programme decides which report column sees the case. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cw_investigation_survivor", joinColumns = @JoinColumn(name = "investigation_id"))
    @MapKeyColumn(name = "survivor_id")
    @Column(name = "programme_id", nullable = false)
    private Map<Long, Long> survivorProgrammes = new HashMap<>();

    protected Investigation() {
    }

    public Investigation(String policeReference, long reportedByProgrammeId, LocalDate openedOn) {
        this.policeReference = policeReference;
        this.reportedByProgrammeId = reportedByProgrammeId;
        this.openedOn = openedOn;
    }

    public void link(Survivor survivor) {
        survivorProgrammes.put(survivor.getId(), survivor.getProgrammeId());
    }

    /** The latest known outcomes (replacing earlier figures, so nothing is counted twice). */
    public void reportOutcomes(Outcomes outcomes) {
        furtherVictims = outcomes.furtherVictims();
        suspects = outcomes.suspects();
        arrests = outcomes.arrests();
        linesOfEnquiry = outcomes.linesOfEnquiry();
        charges = outcomes.charges();
        locationsIdentified = outcomes.locationsIdentified();
        locationsChecked = outcomes.locationsChecked();
    }

    public void close(LocalDate on) {
        closedOn = on;
    }

    public Outcomes outcomes() {
        return new Outcomes(furtherVictims, suspects, arrests, linesOfEnquiry, charges, locationsIdentified, locationsChecked);
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Map<Long, Long> getSurvivorProgrammes() {
        return Map.copyOf(survivorProgrammes);
    }

    /** The outcome counts of an investigation, named as in the REST contract. */
    public record Outcomes(int furtherVictims, int suspects, int arrests, int linesOfEnquiry, int charges,
            int locationsIdentified, int locationsChecked) implements Serializable {
    }
}
