package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.platform.api.domain.VersionedEntity;

/**
 * A person the charity cares for, known everywhere by reference and pseudonym. The legal name and contact
 * details are not here but in the identity vault. Keeps the caseload's working facts (last contact, next due,
 * police contact yet?) so the caseload list sorts and filters without touching the event tables.
 */
@Entity(name = "Survivor")
@Table(name = "cw_survivor")
public class Survivor extends VersionedEntity {

    public static final String VAULT_TYPE = "survivor";

    /** Open cases are in the caseload; closed ones stay for statistics and retention. */
    public enum Status { OPEN, CLOSED }

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "reference", nullable = false, unique = true, length = 40)
    private String reference;

    @Column(name = "pseudonym", nullable = false, length = 80)
    private String pseudonym;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 30)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "nationality", length = 2)
    private String nationality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cw_survivor_exploitation", joinColumns = @JoinColumn(name = "survivor_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "exploitation_type", nullable = false, length = 40)
    private Set<ExploitationType> exploitationTypes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cw_consent", joinColumns = @JoinColumn(name = "survivor_id"))
    private java.util.List<Consent> consents = new java.util.ArrayList<>();

    @Column(name = "intake_on", nullable = false)
    private LocalDate intakeOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "last_contact_on")
    private LocalDate lastContactOn;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Column(name = "police_contacted", nullable = false)
    private boolean policeContacted;

    protected Survivor() {
    }

    public Survivor(long programmeId, String reference, String pseudonym, Gender gender, Integer birthYear,
            String nationality, Set<ExploitationType> exploitationTypes, LocalDate intakeOn) {
        this.programmeId = programmeId;
        this.reference = reference;
        this.pseudonym = pseudonym;
        this.gender = gender;
        this.birthYear = birthYear;
        this.nationality = nationality;
        this.exploitationTypes.addAll(exploitationTypes);
        this.intakeOn = intakeOn;
        this.nextDueOn = intakeOn;
    }

    /** A follow-up happened; the next one falls due when the navigator says (or stays as it was). */
    public void recordContact(LocalDate on, LocalDate nextDue) {
        if (lastContactOn == null || on.isAfter(lastContactOn)) {
            lastContactOn = on;
        }
        if (nextDue != null) {
            nextDueOn = nextDue;
        }
    }

    /** Records consent to a purpose (again, if it had been withdrawn). */
    public void giveConsent(ConsentPurpose purpose, LocalDate on) {
        consents.stream().filter(c -> c.getPurpose() == purpose).findFirst()
                .ifPresentOrElse(c -> c.renew(on), () -> consents.add(new Consent(purpose, on)));
    }

    /** Withdraws consent; returns false when there was none to withdraw. */
    public boolean withdrawConsent(ConsentPurpose purpose, LocalDate on) {
        return consents.stream().filter(c -> c.getPurpose() == purpose && c.isActive()).findFirst()
                .map(c -> {
                    c.withdraw(on);
                    return true;
                }).orElse(false);
    }

    public boolean hasConsentTo(ConsentPurpose purpose) {
        return consents.stream().anyMatch(c -> c.getPurpose() == purpose && c.isActive());
    }

    public java.util.List<Consent> getConsents() {
        return java.util.List.copyOf(consents);
    }

    /** The case ends: out of the caseload, kept for statistics until retention says otherwise. */
    public void close() {
        status = Status.CLOSED;
        nextDueOn = null;
    }

    public void recordPoliceContact() {
        policeContacted = true;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == Status.OPEN && nextDueOn != null && nextDueOn.isBefore(day);
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getReference() {
        return reference;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public Gender getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getNationality() {
        return nationality;
    }

    public Set<ExploitationType> getExploitationTypes() {
        return exploitationTypes.isEmpty() ? EnumSet.noneOf(ExploitationType.class) : EnumSet.copyOf(exploitationTypes);
    }

    public LocalDate getIntakeOn() {
        return intakeOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getLastContactOn() {
        return lastContactOn;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public boolean isPoliceContacted() {
        return policeContacted;
    }
}
