package org.liberta.witness.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.Gender;
import org.liberta.platform.api.domain.VersionedEntity;

/** A member of the witness programme's staff who can escort witnesses to court. */
@Entity(name = "WitnessStaff")
@Table(name = "wit_staff")
public class Staff extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 30)
    private Gender gender;

    @Column(name = "home_district", nullable = false, length = 120)
    private String homeDistrict;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Staff() {
    }

    public Staff(long programmeId, String name, Gender gender, String homeDistrict) {
        this.programmeId = programmeId;
        this.name = name;
        this.gender = gender;
        this.homeDistrict = homeDistrict;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getHomeDistrict() {
        return homeDistrict;
    }

    public boolean isActive() {
        return active;
    }
}
