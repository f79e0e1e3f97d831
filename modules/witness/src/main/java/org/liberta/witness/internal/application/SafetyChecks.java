package org.liberta.witness.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * Asks the witness team to check on a witness before their next hearing: a safety check due today, which marks the
 * witness at risk (intimidation) on the hearing board until someone has done it. Asked for a raised concern and for
 * an accused leaving custody; asked once while one is open.
 */
@ApplicationScoped
class SafetyChecks {

    @Inject
    private WitnessRepository repository;

    /** Whether a check was asked for (false: no hearing to come, or one is open already). */
    boolean askBeforeNextHearing(long witnessId) {
        LocalDate today = LocalDate.now();
        return repository.attendancesOfWitnessFrom(witnessId, today.atStartOfDay()).stream()
                .filter(a -> a.getAttended() == null).findFirst()
                .filter(next -> repository.tasksOf(java.util.List.of(next.getId())).stream().noneMatch(t ->
                        t.getKind() == WitnessTask.Kind.CHECK_SAFETY && t.getState() == WitnessTask.State.OPEN))
                .map(next -> repository.save(new WitnessTask(next, WitnessTask.Kind.CHECK_SAFETY, today)))
                .isPresent();
    }
}
