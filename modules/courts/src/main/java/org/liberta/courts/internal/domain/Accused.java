package org.liberta.courts.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.courts.api.Custody;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.platform.api.domain.VersionedEntity;

/** A person accused in a case, known by alias; arrest, custody, and in the end one verdict. */
@Entity(name = "Accused")
@Table(name = "crt_accused")
public class Accused extends VersionedEntity {

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "alias", nullable = false, length = 120)
    private String alias;

    @Column(name = "arrested_on")
    private LocalDate arrestedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody", length = 20)
    private Custody custody;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20)
    private VerdictOutcome verdict;

    @Column(name = "verdict_on")
    private LocalDate verdictOn;

    @Column(name = "verdict_reason", length = 1000)
    private String verdictReason;

    @Column(name = "sentence", length = 400)
    private String sentence;

    @Column(name = "compensation", precision = 14, scale = 2)
    private BigDecimal compensation;

    protected Accused() {
    }

    public Accused(CourtCase courtCase, String alias, LocalDate arrestedOn, Custody custody) {
        this.caseId = courtCase.getId();
        this.programmeId = courtCase.getProgrammeId();
        this.alias = alias;
        this.arrestedOn = arrestedOn;
        this.custody = custody;
    }

    public void judge(VerdictOutcome outcome, LocalDate on, String reason, String sentence, BigDecimal compensation) {
        this.verdict = outcome;
        this.verdictOn = on;
        this.verdictReason = reason;
        this.sentence = sentence;
        this.compensation = compensation;
    }

    public void arrest(LocalDate on, Custody custody) {
        this.arrestedOn = on;
        this.custody = custody;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getAlias() {
        return alias;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    /** Where the accused is now; answers where they were. */
    public Custody moveTo(Custody now) {
        Custody before = custody;
        custody = now;
        return before;
    }

    public Custody getCustody() {
        return custody;
    }

    public VerdictOutcome getVerdict() {
        return verdict;
    }

    public LocalDate getVerdictOn() {
        return verdictOn;
    }

    public String getVerdictReason() {
        return verdictReason;
    }

    public String getSentence() {
        return sentence;
    }

    public BigDecimal getCompensation() {
        return compensation;
    }
}
