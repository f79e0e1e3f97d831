package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;


/** Storage of casework records; the JPA implementation holds every query. */
public interface CaseworkRepository {

    <T> T save(T entity);

    /** Writes pending changes now, so that a version an answer carries is the stored one. */
    void flush();

    Optional<Survivor> survivor(long id);

    Optional<Survivor> survivorByReference(String reference);

    boolean pseudonymTaken(long programmeId, String pseudonym);

    /** Locks (creating if needed) the reference counter of a programme and year. */
    ReferenceCounter lockReferenceCounter(String programmeCode, int year);

    /** One page of the caseload: open and closed survivors of the programmes, next due first. */
    List<Survivor> caseload(CaseloadFilter filter, int offset, int limit);

    long countCaseload(CaseloadFilter filter);

    /** Every event of one survivor, for the timeline (a survivor has hundreds, not millions). */
    List<CareEvent> events(long survivorId);

    /**
     * For bulk writes (imports): this transaction's inserts go to the database together at commit, in JDBC
     * batches, instead of being flushed before every query. Queries then do not see this transaction's unflushed
     * rows, so the caller must keep track of what it has already created.
     */
    void writeAtCommit();

    /** Survivors of the programmes in id order, a slice at a time, for exports that stream. */
    List<Survivor> survivorsForExport(Collection<Long> programmeIds, int offset, int limit);

    /**
     * For anonymous statistics: id, programme id, gender, birth year, nationality and intake date of every
     * survivor of the programmes who consents to anonymous statistics (withdrawn consent drops them out).
     */
    List<Object[]> statisticsFacts(Collection<Long> programmeIds);

    /** Pairs of survivor id and exploitation type for the programmes. */
    List<Object[]> exploitationOf(Collection<Long> programmeIds);

    /** One survivor's care episodes, in no particular order. */
    java.util.List<CareEpisode> careEpisodesOf(long survivorId);

    /** Replaces one survivor's care state (see {@link CareState}) with these segments. */
    void restateCareState(long survivorId, long programmeId, java.util.List<CareState> segments);

    /** One survivor's police engagements, in no particular order. */
    java.util.List<PoliceEngagement> policeEngagementsOf(long survivorId);

    /** One survivor's recovery assessments, in no particular order. */
    java.util.List<RecoveryAssessment> assessmentsOf(long survivorId);

    Optional<Investigation> investigationByReference(String policeReference);

    List<Investigation> investigationsOf(long survivorId);

    /** Filters of the caseload; {@code overdueOn} set means only survivors whose next contact is before that day. */
    /** {@code status} null means open and closed cases alike. */
    record CaseloadFilter(Collection<Long> programmeIds, LocalDate overdueOn, boolean withoutPoliceContact,
            Survivor.Status status) {
    }
}
