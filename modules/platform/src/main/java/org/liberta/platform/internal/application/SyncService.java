package org.liberta.platform.internal.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldActionHandler.Applied;
import org.liberta.platform.api.sync.FieldConflict;
import org.liberta.platform.api.sync.FieldSnapshot;
import org.liberta.platform.internal.domain.FieldRepository;
import org.liberta.platform.internal.domain.SyncedAction;

/**
 * The field app's sync (issue 34): what a device takes offline, and the actions it brings back, applied in order,
 * each at most once. Every action has its own transaction, so one refused action writes nothing and holds up no
 * other. An action already applied (a batch sent twice, or cut off and sent again) is answered as applied with the
 * record it wrote the first time, and writes nothing more.
 */
@ApplicationScoped
public class SyncService {

    /** More than a week of a busy navigator's work: a bigger batch is sent in parts. */
    public static final int MAX_BATCH = 500;
    /** A device's clock may be a little ahead; a capture time further ahead than this is a mistake. */
    private static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofMinutes(10);
    /** Tries of one action that collided with a concurrent copy of its batch, before the batch fails. */
    private static final int ATTEMPTS = 3;

    @Inject
    @Any
    private Instance<FieldActionHandler> handlers;

    @Inject
    @Any
    private Instance<FieldSnapshot> snapshots;

    @Inject
    private TransactionRunner transactions;

    @Inject
    private FieldRepository repository;

    @Inject
    private FieldDevices devices;

    @Inject
    private AuditLog audit;

    /** The outcome of one action: applied, refused with field errors to fix, or a conflict to resolve. */
    public enum Result { APPLIED, REFUSED, CONFLICT }

    /**
     * The answer for one action. {@code server} is the record as the server holds it now (conflicts only); {@code
     * errors} name the fields of {@code data} (refusals only).
     */
    public record ActionAnswer(String id, Result result, String recordType, Long recordId, List<FieldError> errors,
            JsonObject server, String detail) {

        static ActionAnswer applied(String id, String recordType, long recordId) {
            return new ActionAnswer(id, Result.APPLIED, recordType, recordId, List.of(), null, null);
        }

        static ActionAnswer refused(String id, List<FieldError> errors) {
            return new ActionAnswer(id, Result.REFUSED, null, null, errors, null, null);
        }
    }

    /** What the caller takes offline, section by section (a caseload, calls, sessions), for their roles and scope. */
    public JsonObject snapshotForCaller() {
        JsonObjectBuilder sections = Json.createObjectBuilder();
        for (FieldSnapshot snapshot : snapshots) {
            sections.add(snapshot.section(), snapshot.forCaller());
        }
        return sections.build();
    }

    /** Applies a device's actions in the order it took them; one answer each, in the same order. */
    public List<ActionAnswer> apply(long deviceId, List<FieldAction> actions) {
        if (actions.size() > MAX_BATCH) {
            throw InvalidInputException.of("actions", "at most " + MAX_BATCH + " actions a batch; send the rest after");
        }
        List<ActionAnswer> answers = new ArrayList<>();
        for (FieldAction action : actions) {
            answers.add(applyOne(deviceId, action));
        }
        transactions.requiresNew(() -> {
            devices.recordSync(deviceId);
            return null;
        });
        return answers;
    }

    private ActionAnswer applyOne(long deviceId, FieldAction action) {
        String id = action.id() == null ? null : action.id().toString();
        List<FieldError> envelope = envelopeProblems(action);
        if (!envelope.isEmpty()) {
            return ActionAnswer.refused(id, envelope);
        }
        Optional<FieldActionHandler> handler = handlers.stream().filter(h -> h.type().equals(action.type())).findFirst();
        if (handler.isEmpty()) {
            return ActionAnswer.refused(id, List.of(new FieldError("type", "unknown action type " + action.type())));
        }
        for (int attempt = 1;; attempt++) {
            try {
                return transactions.requiresNew(() -> applyOnce(deviceId, action, handler.get()));
            } catch (InvalidInputException e) {
                return ActionAnswer.refused(id, e.errors());
            } catch (NotFoundException e) {
                return ActionAnswer.refused(id, List.of(new FieldError("recordId", "not found")));
            } catch (AccessDeniedException e) {
                return ActionAnswer.refused(id, List.of(new FieldError("type", "not allowed for your role")));
            } catch (FieldConflict e) {
                return new ActionAnswer(id, Result.CONFLICT, null, action.recordId(), List.of(), e.current(),
                        e.getMessage());
            } catch (ConflictException e) {
                return new ActionAnswer(id, Result.CONFLICT, null, action.recordId(), List.of(), null, e.getMessage());
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                // Two copies of a batch at once: this action's twin committed first and this one collided on the
                // key, or another action of the other copy changed the same record first. Either way the
                // action is applied once: found now, or tried again on what is there now.
                Optional<SyncedAction> done = transactions.requiresNew(() -> repository.syncedAction(id));
                if (done.isPresent()) {
                    return ActionAnswer.applied(id, done.get().getRecordType(), done.get().getRecordId());
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ActionAnswer applyOnce(long deviceId, FieldAction action, FieldActionHandler handler) {
        String id = action.id().toString();
        Optional<SyncedAction> done = repository.syncedAction(id);
        if (done.isPresent()) {
            return ActionAnswer.applied(id, done.get().getRecordType(), done.get().getRecordId());
        }
        Applied applied = handler.apply(action);
        Instant arrived = Instant.now();
        repository.save(new SyncedAction(id, deviceId, action.type(), applied.recordType(), applied.recordId(),
                action.capturedAt().toInstant(), arrived));
        repository.flush(); // a twin of this action collides here, before anything commits
        audit.record(AuditActions.SYNC, applied.recordType(), applied.recordId(), action.type() + " from device #"
                + deviceId + ", action " + id + ", captured " + action.capturedAt().toInstant() + ", arrived " + arrived);
        return ActionAnswer.applied(id, applied.recordType(), applied.recordId());
    }

    private static List<FieldError> envelopeProblems(FieldAction action) {
        List<FieldError> errors = new ArrayList<>();
        if (action.id() == null) {
            errors.add(new FieldError("id", "a UUID made on the device is required"));
        }
        if (action.type() == null || action.type().isBlank()) {
            errors.add(new FieldError("type", "is required"));
        }
        OffsetDateTime captured = action.capturedAt();
        if (captured == null) {
            errors.add(new FieldError("capturedAt", "a date-time with its offset is required"));
        } else if (captured.toInstant().isAfter(Instant.now().plus(CLOCK_SLACK))) {
            errors.add(new FieldError("capturedAt", "is in the future: check the device's clock"));
        }
        if (action.data() == null) {
            errors.add(new FieldError("data", "is required"));
        }
        return errors;
    }
}
