package org.liberta.casework.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.domain.CaseworkRepository;
import org.liberta.casework.internal.domain.PreventionParticipant;
import org.liberta.casework.internal.domain.PreventionRepository;
import org.liberta.casework.internal.domain.PreventionSession;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;

/**
 * Prevention education sessions and the vulnerable people they reach. A participant is matched by programme and
 * pseudonym, so the same person at several sessions is one person in the PREVENTION_REACHED count.
 */
@ApplicationScoped
@Transactional
public class PreventionService {

    @Inject
    private CaseworkRepository repository;

    @Inject
    private Validator validator;

    @Inject
    private PreventionRepository prevention;

    @Inject
    private Caller caller;

    @Inject
    private Programmes programmes;

    @Inject
    private AuditLog audit;

    public record ParticipantRecord(@NotBlank @Size(max = 80) String pseudonym, @NotNull Gender gender, Integer birthYear) {
    }

    public record SessionRecord(@NotBlank String programme, @NotNull LocalDate date, @NotBlank @Size(max = 200) String topic,
            @NotEmpty List<@NotNull @Valid ParticipantRecord> participants) {
    }

    /** What was recorded: how many attended and how many of them were reached for the first time. */
    public record SessionSummary(long id, String programme, LocalDate date, String topic, int participants,
            int newParticipants) implements Serializable {
    }

    public SessionSummary recordSession(SessionRecord session) {
        caller.requireAnyRole(CaseworkAccess.CARE_ROLES);
        Violations.require(validator, session);
        ProgrammeSummary programme = programmes.requireByCode("programme", session.programme());
        caller.requireProgramme(programme.id());
        check(session);
        Map<String, ParticipantRecord> unique = new LinkedHashMap<>();
        session.participants().forEach(p -> unique.putIfAbsent(p.pseudonym().strip(), p));
        Set<Long> ids = new LinkedHashSet<>();
        int created = 0;
        for (Map.Entry<String, ParticipantRecord> e : unique.entrySet()) {
            PreventionParticipant participant = prevention.participant(programme.id(), e.getKey()).orElse(null);
            if (participant == null) {
                participant = repository.save(new PreventionParticipant(programme.id(), e.getKey(), e.getValue().gender(),
                        e.getValue().birthYear()));
                created++;
            }
            ids.add(participant.getId());
        }
        PreventionSession saved = repository.save(new PreventionSession(programme.id(), session.date(),
                session.topic().strip(), ids));
        audit.record(AuditActions.CREATE, "prevention-session", saved.getId(),
                ids.size() + " participants, " + created + " new");
        return new SessionSummary(saved.getId(), programme.code(), saved.getHeldOn(), saved.getTopic(), ids.size(), created);
    }

    private static void check(SessionRecord session) {
        List<FieldError> errors = new ArrayList<>();
        if (session.date().isAfter(LocalDate.now())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        int thisYear = Year.now().getValue();
        for (int i = 0; i < session.participants().size(); i++) {
            Integer year = session.participants().get(i).birthYear();
            if (year != null && (year > thisYear || year < thisYear - 120)) {
                errors.add(new FieldError("participants[" + i + "].birthYear", "must be a plausible birth year"));
            }
        }
        InvalidInputException.throwIfAny(errors);
    }

    public List<SessionSummary> recentSessions() {
        caller.requireAnyRole(CaseworkAccess.SUMMARY_ROLES);
        Map<Long, String> codes = new LinkedHashMap<>();
        programmes.all().forEach(p -> codes.put(p.id(), p.code()));
        return prevention.recentPreventionSessions(caller.programmeIds().isEmpty() ? Set.of(-1L) : caller.programmeIds(), 50)
                .stream().map(s -> new SessionSummary(s.getId(), codes.get(s.getProgrammeId()), s.getHeldOn(), s.getTopic(),
                        s.attendance(), 0)).toList();
    }
}
