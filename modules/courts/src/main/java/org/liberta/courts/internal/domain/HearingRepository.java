package org.liberta.courts.internal.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finding hearings: of a case or of many (an import looks up a slice of lines at once), by id, the open ones from a
 * time, and the diary of a caller's programmes. Saved through {@link CourtsRepository#save}.
 */
public interface HearingRepository {

    List<Hearing> hearingsOfCases(Collection<Long> caseIds);

    List<Hearing> hearingsOf(long caseId);

    Optional<Hearing> hearing(long id);

    List<Hearing> hearingsByIds(Collection<Long> ids);

    /** The case's hearings without an outcome from the given instant on, earliest first. */
    List<Hearing> openHearingsFrom(long caseId, LocalDateTime from);

    /** Hearings of the programmes between two instants (court-local), earliest first, for the calendar. */
    List<Hearing> diary(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to, int limit);

    /** The earliest hearing of the case still to come without an outcome. */
    Optional<Hearing> nextOpenHearing(long caseId);

    /** Hearings of the programmes in {@code [from, to)} (court-local times), for "hearings this week". */
    long countHearingsBetween(Collection<Long> programmeIds, LocalDateTime from, LocalDateTime to);
}
