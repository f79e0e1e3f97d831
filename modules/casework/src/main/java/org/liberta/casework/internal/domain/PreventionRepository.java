package org.liberta.casework.internal.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Prevention sessions and the pseudonymous participants counted once however many sessions they attend. */
public interface PreventionRepository {

    Optional<PreventionParticipant> participant(long programmeId, String pseudonym);

    List<PreventionSession> recentPreventionSessions(Collection<Long> programmeIds, int limit);
}
