package org.liberta.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.liberta.platform.api.domain.VersionedEntity;

/** A published headline report: its figures as published (JSON), who published it, when, under which definitions. */
@Entity(name = "ReportSnapshot")
@Table(name = "rep_snapshot")
public class Snapshot extends VersionedEntity {

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "compare_from", nullable = false)
    private LocalDate compareFrom;

    @Column(name = "compare_to", nullable = false)
    private LocalDate compareTo;

    @Column(name = "audience", nullable = false, length = 10)
    private String audience;

    @Column(name = "definitions_version", nullable = false, length = 64)
    private String definitionsVersion;

    @Column(name = "published_by", nullable = false, length = 100)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "figures", nullable = false)
    private String figures;

    protected Snapshot() {
    }

    public Snapshot(String title, LocalDate periodFrom, LocalDate periodTo, LocalDate compareFrom, LocalDate compareTo,
            String audience, String definitionsVersion, String publishedBy, Instant publishedAt, String figures) {
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.compareFrom = compareFrom;
        this.compareTo = compareTo;
        this.audience = audience;
        this.definitionsVersion = definitionsVersion;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
        this.figures = figures;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getCompareFrom() {
        return compareFrom;
    }

    public LocalDate getCompareTo() {
        return compareTo;
    }

    public String getAudience() {
        return audience;
    }

    public String getDefinitionsVersion() {
        return definitionsVersion;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getFigures() {
        return figures;
    }
}
