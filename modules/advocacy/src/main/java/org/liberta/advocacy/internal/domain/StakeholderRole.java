package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A role a stakeholder held until a day (the current one is on the stakeholder). */
@Entity(name = "StakeholderRole")
@Table(name = "adv_stakeholder_role")
public class StakeholderRole extends VersionedEntity {

    @Column(name = "stakeholder_id", nullable = false)
    private long stakeholderId;

    @Column(name = "role_title", length = 200)
    private String roleTitle;

    @Column(name = "organisation", length = 200)
    private String organisation;

    @Column(name = "until_on", nullable = false)
    private LocalDate untilOn;

    protected StakeholderRole() {
    }

    public StakeholderRole(long stakeholderId, String roleTitle, String organisation, LocalDate untilOn) {
        this.stakeholderId = stakeholderId;
        this.roleTitle = roleTitle;
        this.organisation = organisation;
        this.untilOn = untilOn;
    }

    public long getStakeholderId() {
        return stakeholderId;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }
}
