package org.liberta.reporting.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** What an indicator should reach in a period: for the direct column (programme empty) or for one programme. */
@Entity(name = "ReportTarget")
@Table(name = "rep_target")
public class Target extends VersionedEntity {

    /** The programme code that stands for the direct column. */
    public static final String DIRECT = "";

    @Column(name = "indicator_code", nullable = false, length = 80)
    private String indicatorCode;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "programme_code", nullable = false, length = 10)
    private String programmeCode;

    @Column(name = "target_value", nullable = false)
    private long value;

    protected Target() {
    }

    public Target(String indicatorCode, LocalDate periodFrom, LocalDate periodTo, String programmeCode, long value) {
        this.indicatorCode = indicatorCode;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.programmeCode = programmeCode;
        this.value = value;
    }

    public void setValue(long value) {
        this.value = value;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public long getValue() {
        return value;
    }
}
