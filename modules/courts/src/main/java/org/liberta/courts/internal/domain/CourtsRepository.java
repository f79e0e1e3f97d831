package org.liberta.courts.internal.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.liberta.courts.api.CaseStage;

/** Storage of court records; the JPA implementation holds every query. */
public interface CourtsRepository {

    <T> T save(T entity);

    Optional<Court> courtByName(String name);

    Optional<Court> court(long id);

    // Imports look up a slice of lines at once: one query per kind of record, never one per line.

    List<Court> courtsByKeys(Collection<String> nameKeys);

    /** Cases at any of the courts with any of the numbers (the caller picks the exact pairs). */
    List<CourtCase> casesAt(Collection<Long> courtIds, Collection<String> caseNumbers);

    List<Hearing> hearingsOfCases(Collection<Long> caseIds);

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

    List<Hearing> hearingsOf(long caseId);

    Optional<Hearing> hearing(long id);

    List<Hearing> hearingsByIds(Collection<Long> ids);

    /** The case's hearings without an outcome from the given instant on, earliest first. */
    List<Hearing> openHearingsFrom(long caseId, LocalDateTime from);

    List<Witness> witnessesOf(long caseId);

    List<Witness> witnessesByIds(Collection<Long> ids);

    long countWitnesses(long caseId, org.liberta.courts.api.WitnessRole role);

    List<Court> courtsByIds(Collection<Long> ids);

    List<CourtCase> casesByIds(Collection<Long> ids);

    List<StageChange> stagesOf(long caseId);

    /** Hearings of the programmes between two instants (court-local), earliest first, for the calendar. */
    List<Hearing> diary(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to, int limit);

    /** The earliest hearing of the case still to come without an outcome. */
    Optional<Hearing> nextOpenHearing(long caseId);

    /** Of the survivors, those who are victims in a pending case. */
    Set<Long> victimsInPendingCases(Collection<Long> survivorIds);

    /** Whether the survivor is a victim in a case of one of the programmes. */
    boolean isVictimInProgrammes(long survivorId, Collection<Long> programmeIds);

    /** Hearings of the programmes in {@code [from, to)} (court-local times), for "hearings this week". */
    long countHearingsBetween(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);

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

    /** Work a case can be waiting for; what the lawyer's and M&E's home pages count and "my cases" lists. */
    enum CaseNeed {
        /** A hearing before {@code needDay} has no outcome recorded. */
        OUTCOME_MISSING,
        /** The trial began on or before {@code needDay}: most of the statutory time limit is used, or all of it. */
        CLOCK_RUNNING_OUT,
        /** An acquittal without its reason, or an adjournment for an absent witness without which witness. */
        DATA_QUALITY
    }

    /** Sort orders of "my cases". */
    enum CaseSort { NEXT_HEARING, OLDEST, CASE_NUMBER }
}
