package org.liberta.courts.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liberta.courts.api.CaseStage;

/**
 * Storage of courts, cases, the accused and stage history, and the one place any court record is saved. Hearings and
 * case witnesses are found through repositories of their own; the figures through {@code CourtFigureQueries}.
 */
public interface CourtsRepository {

    <T> T save(T entity);

    Optional<Court> courtByName(String name);

    Optional<Court> court(long id);

    // Imports look up a slice of lines at once: one query per kind of record, never one per line.

    List<Court> courtsByKeys(Collection<String> nameKeys);

    /** Cases at any of the courts with any of the numbers (the caller picks the exact pairs). */
    List<CourtCase> casesAt(Collection<Long> courtIds, Collection<String> caseNumbers);

    /** Sends pending inserts now, so rows that reference them can follow in the same transaction. */
    void flush();

    /** Queries in this transaction stop sending pending changes first (bulk writes track their own state). */
    void writeAtCommit();

    Optional<CourtCase> courtCase(long id);

    boolean caseNumberTaken(long courtId, String caseNumber);

    /** One page of the lawyer's list, sorted as asked, from one table. */
    List<CourtCase> cases(CaseFilter filter, CaseSort sort, int offset, int limit);

    long countCases(CaseFilter filter);

    List<Accused> accusedOf(long caseId);

    Optional<Accused> accused(long id);

    List<Court> courtsByIds(Collection<Long> ids);

    List<CourtCase> casesByIds(Collection<Long> ids);

    List<StageChange> stagesOf(long caseId);

    /**
     * Filters of "my cases"; null means no filter. {@code need} narrows to cases needing a kind of work, as of
     * {@code needDay} (see {@link CaseNeed}).
     */
    record CaseFilter(Collection<Long> programmeIds, Long courtId, CaseStage stage, CourtCase.Status status,
            String caseNumberPrefix, CaseNeed need, LocalDate needDay) {

        public CaseFilter(Collection<Long> programmeIds, Long courtId, CaseStage stage, CourtCase.Status status,
                String caseNumberPrefix) {
            this(programmeIds, courtId, stage, status, caseNumberPrefix, null, null);
        }
    }

    /** A case's court orders, the latest given first. */
    List<CourtOrder> ordersOf(long caseId);

    Optional<CourtOrder> order(long id);

    /** Work a case can be waiting for; what the lawyer's and M&E's home pages count and "my cases" lists. */
    enum CaseNeed {
        /** A hearing before {@code needDay} has no outcome recorded. */
        OUTCOME_MISSING,
        /** The trial began on or before {@code needDay}: most of the statutory time limit is used, or all of it. */
        CLOCK_RUNNING_OUT,
        /** An acquittal without its reason, or an adjournment for an absent witness without which witness. */
        DATA_QUALITY,
        /** A court order not done by its due day, before {@code needDay}. */
        ORDER_OVERDUE
    }

    /** Sort orders of "my cases". */
    enum CaseSort { NEXT_HEARING, OLDEST, CASE_NUMBER }
}
