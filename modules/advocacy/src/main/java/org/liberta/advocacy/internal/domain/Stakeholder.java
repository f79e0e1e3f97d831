package org.liberta.advocacy.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A person or body the charity engages: an MP, a ministry, a police force. A person keeps their history as their
 * role changes (the roles they held are kept apart); influence and stance (1–5) place them on a campaign's map.
 */
@Entity(name = "Stakeholder")
@Table(name = "adv_stakeholder")
public class Stakeholder extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private StakeholderKind kind;

    @Column(name = "role_title", length = 200)
    private String roleTitle;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "influence")
    private Integer influence;

    @Column(name = "stance")
    private Integer stance;

    protected Stakeholder() {
    }

    public Stakeholder(long programmeId, String name, StakeholderKind kind, String roleTitle, String organisation,
            String country, Integer influence, Integer stance) {
        this.programmeId = programmeId;
        this.name = name;
        this.kind = kind;
        this.roleTitle = roleTitle;
        this.organisation = organisation;
        this.country = country;
        this.influence = influence;
        this.stance = stance;
    }

    /** Takes a new role; answers whether it changed (the old one is then kept as history by the caller). */
    public boolean takesRole(String newTitle, String newOrganisation) {
        boolean changed = !java.util.Objects.equals(roleTitle, newTitle)
                || !java.util.Objects.equals(organisation, newOrganisation);
        roleTitle = newTitle;
        organisation = newOrganisation;
        return changed;
    }

    public void placed(Integer influence, Integer stance) {
        this.influence = influence;
        this.stance = stance;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public StakeholderKind getKind() {
        return kind;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCountry() {
        return country;
    }

    public Integer getInfluence() {
        return influence;
    }

    public Integer getStance() {
        return stance;
    }
}
