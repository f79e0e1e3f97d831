package org.liberta.courts.internal.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.api.SurvivorSummary;
import org.liberta.casework.api.Survivors;
import org.liberta.courts.api.CaseId;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.WitnessAdded;
import org.liberta.courts.api.WitnessId;
import org.liberta.courts.api.WitnessNeed;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.domain.CaseWitnessRepository;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.Witness;
import org.liberta.platform.api.ContactDetails;
import org.liberta.platform.api.EmailAddress;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.PhoneNumber;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.platform.api.vault.IdentityVault;
import org.liberta.platform.api.vault.SubjectRef;

/**
 * The witnesses a case needs at its hearings. A survivor witness is named by casework id and shown by pseudonym
 * (their contact details are casework's, revealed through the vault); for anyone else the name, phone (E.164) and
 * e-mail are sealed in the vault and the witness is shown by a label such as "Police witness 2".
 */
@ApplicationScoped
@Transactional
public class CaseWitnessService {

    @Inject
    private CourtsRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private CaseWitnessRepository witnesses;

    @Inject
    private CourtsAccess access;

    @Inject
    private Survivors survivors;

    @Inject
    private IdentityVault vault;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<WitnessAdded> added;

    /** A survivor witness by {@code survivorId}, anyone else by {@code name} (with optional phone and e-mail). */
    @PublishedAs("WitnessBody")
    public record NewWitness(@NotNull WitnessRole role, Long survivorId, @Size(max = 200) String name,
            @Size(max = 40) @PhoneNumber String phone, @Size(max = 254) @EmailAddress String email, Set<@NotNull WitnessNeed> needs,
            org.liberta.casework.api.Gender escortGender) {
    }

    public CaseWitness addWitness(long caseId, NewWitness w) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, w);
        List<FieldError> errors = new ArrayList<>();
        String label = null;
        if (w.survivorId() != null) {
            SurvivorSummary survivor = survivors.summary(SurvivorId.of(w.survivorId()))
                    .filter(s -> s.programmeId() == c.getProgrammeId()).orElse(null);
            if (survivor == null) {
                errors.add(new FieldError("survivorId", "not a survivor of this case's programme"));
            } else {
                label = survivor.pseudonym();
            }
        } else if (w.name() == null || w.name().isBlank()) {
            errors.add(new FieldError("name", "name the witness, or give the survivorId of a survivor witness"));
        }
        InvalidInputException.throwIfAny(errors);
        if (label == null) {
            label = roleLabel(w.role()) + " " + (witnesses.countWitnesses(caseId, w.role()) + 1);
        }
        boolean phone = w.phone() != null && !w.phone().isBlank();
        boolean email = w.email() != null && !w.email().isBlank();
        Witness witness = repository.save(new Witness(c, w.role(), w.survivorId(), label,
                w.needs() == null || w.needs().isEmpty() ? EnumSet.noneOf(WitnessNeed.class) : EnumSet.copyOf(w.needs()),
                phone, email, w.escortGender()));
        if (w.survivorId() == null) {
            Map<String, String> identity = new LinkedHashMap<>();
            identity.put("name", w.name().strip());
            identity.put("phone", phone ? ContactDetails.normalisePhone(w.phone()) : null);
            identity.put("email", email ? w.email().strip() : null);
            vault.sealNew(new SubjectRef(Witness.VAULT_TYPE, witness.getId(), c.getProgrammeId()), identity);
        }
        audit.record(AuditActions.CREATE, "witness", witness.getId(), "case " + caseId + ", " + w.role());
        added.fire(new WitnessAdded(WitnessId.of(witness.getId()), CaseId.of(caseId), c.getProgrammeId()));
        return CourtRecordsReader.view(witness);
    }

    public List<CaseWitness> witnessesOf(long caseId) {
        access.caseForReading(caseId);
        return witnesses.witnessesOf(caseId).stream().map(CourtRecordsReader::view).toList();
    }

    private static String roleLabel(WitnessRole role) {
        return switch (role) {
            case VICTIM -> "Victim witness";
            case POLICE -> "Police witness";
            case DOCTOR -> "Medical witness";
            case MAGISTRATE -> "Magistrate witness";
            default -> "Witness";
        };
    }
}
