package org.liberta.reporting.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of published reports and targets; the JPA implementation holds every query. */
public interface ReportingRepository {

    <T> T save(T entity);

    void flush();

    Optional<Snapshot> snapshot(long id);

    /** Published reports, newest first, without their figures. */
    List<Snapshot> snapshots(int max);

    /** The report most recently published for exactly this period, if any. */
    Optional<Snapshot> latestSnapshotOf(LocalDate from, LocalDate to);

    List<Target> targets(LocalDate from, LocalDate to);

    Optional<Target> target(String indicatorCode, LocalDate from, LocalDate to, String programmeCode);
}
