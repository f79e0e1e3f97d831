package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What data protection reads and clears: each programme's retention policy and the closed cases it applies to. */
public interface RetentionRepository {

    /** Closed, not yet anonymised survivors of a programme whose case closed before the day, oldest first. */
    List<Survivor> closedBefore(long programmeId, LocalDate closedBefore, int limit);

    Optional<RetentionPolicy> retentionPolicy(long programmeId);

    /** Removes every free-text note from the survivor's events (anonymisation); returns how many rows changed. */
    int clearFreeText(long survivorId);
}
