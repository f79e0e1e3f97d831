package org.liberta.casework.internal.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The last reference number given in a programme and intake year ({@code UK-2021-0042}). Issuing locks the row,
 * so two intakes at once never get the same number.
 */
@Entity(name = "ReferenceCounter")
@Table(name = "cw_reference_counter")
public class ReferenceCounter {

    /** Programme code and intake year (a class, not a record: JPA 3.1 cannot map records). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "programme_code", length = 20)
        private String programmeCode;

        @Column(name = "intake_year")
        private int intakeYear;

        protected Key() {
        }

        public Key(String programmeCode, int intakeYear) {
            this.programmeCode = programmeCode;
            this.intakeYear = intakeYear;
        }

        String programmeCode() {
            return programmeCode;
        }

        int intakeYear() {
            return intakeYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.programmeCode.equals(programmeCode) && k.intakeYear == intakeYear;
        }

        @Override
        public int hashCode() {
            return programmeCode.hashCode() * 31 + intakeYear;
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected ReferenceCounter() {
    }

    public ReferenceCounter(Key key) {
        this.key = key;
    }

    /** The next reference, e.g. {@code UK-2021-0042}. */
    public String issue() {
        lastValue++;
        return String.format("%s-%d-%04d", key.programmeCode(), key.intakeYear(), lastValue);
    }
}
