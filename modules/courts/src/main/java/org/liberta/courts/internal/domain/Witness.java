package org.liberta.courts.internal.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.WitnessNeed;
import org.liberta.courts.api.WitnessRole;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A witness the prosecution needs in a case. A survivor is linked by casework id; anyone else is kept by a label
 * ("Police witness 2"), with their name and contact details sealed in the identity vault.
 */
@Entity(name = "Witness")
@Table(name = "crt_witness")
public class Witness extends VersionedEntity {

    public static final String VAULT_TYPE = "witness";

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private WitnessRole role;

    @Column(name = "survivor_id")
    private Long survivorId;

    @Column(name = "label", nullable = false, length = 120)
    private String label;

    /** Needs as a comma-separated list of codes: a handful of values read with the witness, never queried. */
    @Column(name = "needs", nullable = false, length = 200)
    private String needs;

    @Column(name = "has_phone", nullable = false)
    private boolean hasPhone;

    @Column(name = "has_email", nullable = false)
    private boolean hasEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "escort_gender", length = 30)
    private org.liberta.casework.api.Gender escortGender;

    protected Witness() {
    }

    public Witness(CourtCase courtCase, WitnessRole role, Long survivorId, String label, Set<WitnessNeed> needs,
            boolean hasPhone, boolean hasEmail, org.liberta.casework.api.Gender escortGender) {
        this.caseId = courtCase.getId();
        this.programmeId = courtCase.getProgrammeId();
        this.role = role;
        this.survivorId = survivorId;
        this.label = label;
        this.needs = needs.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.hasPhone = hasPhone;
        this.hasEmail = hasEmail;
        this.escortGender = escortGender;
    }

    public org.liberta.casework.api.Gender getEscortGender() {
        return escortGender;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public WitnessRole getRole() {
        return role;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public String getLabel() {
        return label;
    }

    public Set<WitnessNeed> getNeeds() {
        Set<WitnessNeed> set = EnumSet.noneOf(WitnessNeed.class);
        if (!needs.isEmpty()) {
            Arrays.stream(needs.split(",")).map(WitnessNeed::valueOf).forEach(set::add);
        }
        return set;
    }

    public boolean hasPhone() {
        return hasPhone;
    }

    public boolean hasEmail() {
        return hasEmail;
    }
}
