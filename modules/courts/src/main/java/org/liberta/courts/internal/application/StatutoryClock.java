package org.liberta.courts.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.courts.internal.domain.WorkingDays;

/**
 * The statutory time limit on a trial, in working days from its first trial stage (LIBERTA_COURTS_STATUTORY_WORKING_DAYS,
 * 180 by default), and the day from which a trial counts as nearing it (80% used). The backlog and the lawyer's home
 * page judge by the same clock.
 */
@ApplicationScoped
public class StatutoryClock {

    @Inject
    @ConfigProperty(name = "liberta.courts.statutory.working.days", defaultValue = "180")
    int workingDays;

    public int workingDays() {
        return workingDays;
    }

    /** A trial that began on or before this day has used all of its time by {@code today}. */
    public LocalDate limitDay(LocalDate today) {
        return WorkingDays.before(today, workingDays);
    }

    /** A trial that began on or before this day has used at least 80% of its time by {@code today}. */
    public LocalDate nearingDay(LocalDate today) {
        return WorkingDays.before(today, workingDays * 4 / 5);
    }
}
