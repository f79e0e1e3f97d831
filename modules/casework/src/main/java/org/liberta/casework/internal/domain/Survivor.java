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
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.platform.api.ConflictException;
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
    @CollectionTable(name = "cw_survivor_control", joinColumns = @JoinColumn(name = "survivor_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "control_method", nullable = false, length = 40)
    private Set<ControlMethod> controlMethods = new HashSet<>();

    /** ISO 639 codes of the languages the survivor speaks, so the right interpreter or navigator is found. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cw_survivor_language", joinColumns = @JoinColumn(name = "survivor_id"))
    @Column(name = "language", nullable = false, length = 3)
    private Set<String> languages = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_method", length = 40)
    private RecruitmentMethod recruitmentMethod;

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

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Set when retention or an erasure request destroyed the identity; the pseudonymous facts stay for statistics. */
    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    /** Why an administrator put the record on legal hold (retention and erasure then leave it alone). */
    @Column(name = "legal_hold_reason", length = 400)
    private String legalHoldReason;

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

    /** The next contact moves to another day, without a contact now (a navigator reschedules from the field). */
    public void rescheduleNextContact(LocalDate nextDue) {
        nextDueOn = nextDue;
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

    /**
     * The case ends: out of the caseload, kept for statistics until retention says otherwise. A closed case is not
     * closed again (its closing day, from which retention counts, would move): that is a conflict.
     */
    public void close(LocalDate on) {
        if (status == Status.CLOSED) {
            throw new ConflictException("the case is already closed");
        }
        status = Status.CLOSED;
        closedOn = on;
        nextDueOn = null;
    }

    /**
     * The HTCDS profile beyond gender and birth year; returns whether anything changed, so a re-imported row that
     * says nothing new is reported as unchanged.
     */
    public boolean describe(Gender gender, Integer birthYear, String nationality, Set<ExploitationType> exploitation,
            Set<ControlMethod> control, RecruitmentMethod recruitment, Set<String> spoken) {
        boolean changed = !java.util.Objects.equals(this.gender, gender) || !java.util.Objects.equals(this.birthYear, birthYear)
                || !java.util.Objects.equals(this.nationality, nationality) || !exploitationTypes.equals(exploitation)
                || !controlMethods.equals(control) || this.recruitmentMethod != recruitment || !languages.equals(spoken);
        this.gender = gender;
        this.birthYear = birthYear;
        this.nationality = nationality;
        replace(exploitationTypes, exploitation);
        replace(controlMethods, control);
        replace(languages, spoken);
        this.recruitmentMethod = recruitment;
        return changed;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    /** Retention or erasure has destroyed the identity: the record stays, pseudonymous, for the figures. */
    public void markAnonymised(LocalDate on) {
        anonymisedOn = on;
        if (status == Status.OPEN) {
            close(on);
        }
    }

    public void placeLegalHold(String reason) {
        legalHoldReason = reason;
    }

    public void releaseLegalHold() {
        legalHoldReason = null;
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

    public Set<ControlMethod> getControlMethods() {
        return controlMethods.isEmpty() ? EnumSet.noneOf(ControlMethod.class) : EnumSet.copyOf(controlMethods);
    }

    public Set<String> getLanguages() {
        return new java.util.TreeSet<>(languages);
    }

    public RecruitmentMethod getRecruitmentMethod() {
        return recruitmentMethod;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }
}
