package org.liberta.casework.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.casework.api.Gender;
import org.liberta.platform.api.domain.VersionedEntity;

/** A vulnerable person reached by prevention education, known only by a pseudonym unique in their programme. */
@Entity(name = "PreventionParticipant")
@Table(name = "cw_prevention_participant")
public class PreventionParticipant extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "pseudonym", nullable = false, length = 80)
    private String pseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 30)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    protected PreventionParticipant() {
    }

    public PreventionParticipant(long programmeId, String pseudonym, Gender gender, Integer birthYear) {
        this.programmeId = programmeId;
        this.pseudonym = pseudonym;
        this.gender = gender;
        this.birthYear = birthYear;
    }

    public String getPseudonym() {
        return pseudonym;
    }
}
