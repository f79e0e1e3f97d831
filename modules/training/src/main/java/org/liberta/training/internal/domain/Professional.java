package org.liberta.training.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * One frontline professional, once, however many sessions they attend: found again by e-mail or by normalised
 * name and organisation. A record merged into another keeps pointing at it.
 */
@Entity(name = "Professional")
@Table(name = "trn_professional")
public class Professional extends VersionedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "organisation", nullable = false, length = 200)
    private String organisation;

    @Column(name = "organisation_key", nullable = false, length = 200)
    private String organisationKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "profession", nullable = false, length = 40)
    private Profession profession;

    @Column(name = "rank_title", length = 100)
    private String rank;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "email_key", length = 254, unique = true)
    private String emailKey;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "merged_into")
    private Long mergedInto;

    protected Professional() {
    }

    public Professional(String name, String organisation, Profession profession, String rank, String country,
            String email, String phone) {
        this.name = name;
        this.nameKey = ProfessionalKeys.name(name);
        this.organisation = organisation;
        this.organisationKey = ProfessionalKeys.organisation(organisation);
        this.profession = profession;
        this.rank = rank;
        this.country = country;
        this.email = email;
        this.emailKey = ProfessionalKeys.email(email);
        this.phone = phone;
    }

    /** Fills in what an earlier record lacked (an e-mail, a phone, a rank) without overwriting anything known. */
    public void learn(String rank, String email, String phone) {
        if (this.rank == null) {
            this.rank = rank;
        }
        if (this.email == null && email != null) {
            this.email = email;
            this.emailKey = ProfessionalKeys.email(email);
        }
        if (this.phone == null) {
            this.phone = phone;
        }
    }

    /**
     * This record turns out to be the same person as {@code survivor}: it points there from now on and gives up its
     * e-mail (which must stay unique) to the survivor if the survivor had none.
     */
    public void mergeInto(Professional survivor) {
        mergedInto = survivor.getId();
        String mine = email;
        String minePhone = phone;
        String myRank = rank;
        email = null;
        emailKey = null;
        survivor.learn(myRank, mine, minePhone);
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getOrganisationKey() {
        return organisationKey;
    }

    public Profession getProfession() {
        return profession;
    }

    public String getRank() {
        return rank;
    }

    public String getCountry() {
        return country;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
