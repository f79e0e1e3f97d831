package org.liberta.platform.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.domain.VersionedEntity;

/** A country team of the charity or a partner; every record of every module belongs to one. */
@Entity(name = "Programme")
@Table(name = "plt_programme")
public class Programme extends VersionedEntity {

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship", nullable = false, length = 30)
    private Relationship relationship;

    protected Programme() {
    }

    public Programme(String code, String name, String country, Relationship relationship) {
        this.code = code;
        describe(name, country, relationship);
    }

    /** Everything but the code may change; the code is the stable handle other systems use. */
    public final void describe(String name, String country, Relationship relationship) {
        this.name = name;
        this.country = country;
        this.relationship = relationship;
    }

    public ProgrammeSummary summary() {
        return new ProgrammeSummary(getId(), code, name, country, relationship);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public Relationship getRelationship() {
        return relationship;
    }
}
