package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups promised at engagements: of some engagements, one by id, and those due for an owner. Saved through
 * {@link AdvocacyRepository#save}.
 */
public interface FollowUpRepository {

    List<FollowUp> followUpsOf(Collection<Long> engagementIds);

    Optional<FollowUp> followUp(long id);

    /** Open follow-ups a user owns in the programmes that fall due before the day, soonest first. */
    List<FollowUp> followUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day, int max);

    long countFollowUpsDueBefore(String owner, Collection<Long> programmeIds, LocalDate day);
}
