package org.liberta.casework.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.liberta.casework.api.ConsentPurpose;

/** One purpose a survivor consented to; withdrawing keeps the record of when consent was given. */
@Embeddable
public class Consent {

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private ConsentPurpose purpose;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    protected Consent() {
    }

    public Consent(ConsentPurpose purpose, LocalDate givenOn) {
        this.purpose = purpose;
        this.givenOn = givenOn;
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    void withdraw(LocalDate on) {
        withdrawnOn = on;
    }

    void renew(LocalDate on) {
        givenOn = on;
        withdrawnOn = null;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }
}
