package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.Investigation;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;

/**
 * Police investigations and their outcomes. The police reference identifies an investigation: a second report of
 * it (from another programme, or an update) links more survivors and replaces the outcome figures instead of
 * creating a second investigation, so outcomes are never counted twice.
 */
@ApplicationScoped
@Transactional
public class InvestigationService {

    @Inject
    private CaseworkRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private CaseworkAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private AuditLog audit;

    public record OutcomesRecord(@PositiveOrZero int furtherVictims, @PositiveOrZero int suspects,
            @PositiveOrZero int arrests, @PositiveOrZero int linesOfEnquiry, @PositiveOrZero int charges,
            @PositiveOrZero int locationsIdentified, @PositiveOrZero int locationsChecked) {

        /** The counts a form keyed by {@link InvestigationOutcome}; an outcome left out found nothing. */
        public static OutcomesRecord of(Map<InvestigationOutcome, Integer> found) {
            java.util.function.ToIntFunction<InvestigationOutcome> n = o -> found.get(o) == null ? 0 : found.get(o);
            return new OutcomesRecord(n.applyAsInt(InvestigationOutcome.FURTHER_VICTIMS), n.applyAsInt(InvestigationOutcome.SUSPECTS),
                    n.applyAsInt(InvestigationOutcome.ARRESTS), n.applyAsInt(InvestigationOutcome.LINES_OF_ENQUIRY),
                    n.applyAsInt(InvestigationOutcome.CHARGES), n.applyAsInt(InvestigationOutcome.LOCATIONS_IDENTIFIED),
                    n.applyAsInt(InvestigationOutcome.LOCATIONS_CHECKED));
        }
    }

    public record InvestigationRecord(@NotBlank String programme, @NotBlank @Size(max = 60) String policeReference,
            @NotNull Set<@NotNull Long> survivorIds, LocalDate openedOn, LocalDate closedOn,
            @NotNull @Valid OutcomesRecord outcomes) {
    }

    /** An investigation as answered: {@code merged} tells that it was already known under this reference. */
    @PublishedAs("InvestigationView")
    public record InvestigationDetail(long id, String policeReference, LocalDate openedOn, LocalDate closedOn,
            Investigation.Outcomes outcomes, int survivors, boolean merged) implements Serializable {
    }

    /** The investigations a survivor took part in, newest first, for their file. */
    public List<InvestigationDetail> investigationsOf(long survivorId) {
        access.survivorForCare(survivorId);
        return repository.investigationsOf(survivorId).stream().map(i -> new InvestigationDetail(i.getId(),
                i.getPoliceReference(), i.getOpenedOn(), i.getClosedOn(), i.outcomes(), i.getSurvivorProgrammes().size(),
                false)).toList();
    }

    public InvestigationDetail report(InvestigationRecord r) {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        Violations.require(validator, r);
        ProgrammeSummary programme = programmes.requireByCode("programme", r.programme());
        caller.requireProgramme(programme.id());
        LocalDate openedOn = r.openedOn() == null ? LocalDate.now() : r.openedOn();
        List<FieldError> errors = new ArrayList<>();
        if (openedOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("openedOn", "must not be in the future"));
        }
        if (r.closedOn() != null && r.closedOn().isBefore(openedOn)) {
            errors.add(new FieldError("closedOn", "must not be before openedOn"));
        }
        InvalidInputException.throwIfAny(errors);
        List<Survivor> survivors = r.survivorIds().stream().map(access::survivorForCare).toList();
        String reference = r.policeReference().strip();
        Investigation investigation = repository.investigationByReference(reference).orElse(null);
        boolean merged = investigation != null;
        if (!merged) {
            investigation = repository.save(new Investigation(reference, programme.id(), openedOn));
        }
        survivors.forEach(investigation::link);
        OutcomesRecord o = r.outcomes();
        investigation.reportOutcomes(new Investigation.Outcomes(o.furtherVictims(), o.suspects(), o.arrests(),
                o.linesOfEnquiry(), o.charges(), o.locationsIdentified(), o.locationsChecked()));
        if (r.closedOn() != null) {
            investigation.close(r.closedOn());
        }
        audit.record(merged ? AuditActions.UPDATE : AuditActions.CREATE, "investigation", investigation.getId(),
                survivors.size() + " survivor(s) linked");
        return new InvestigationDetail(investigation.getId(), reference, investigation.getOpenedOn(),
                investigation.getClosedOn(), investigation.outcomes(), investigation.getSurvivorProgrammes().size(), merged);
    }
}
