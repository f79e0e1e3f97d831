package org.liberta.courts.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liberta.courts.api.OrderKind;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtOrder;
import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.courts.internal.domain.HearingRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;

/**
 * Orders a court gives at a hearing, followed until done (issue 35): recorded from the case, marked done when the
 * witness was produced or the report filed, and counted on the lawyer's home page once overdue.
 */
@ApplicationScoped
@Transactional
public class CourtOrderService {

    @Inject
    private CourtsAccess access;

    @Inject
    private CourtsRepository repository;

    @Inject
    private HearingRepository hearings;

    @Inject
    private RecordLocks locks;

    @Inject
    private Validator validator;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** An order as given; {@code hearingId} (optional) is the hearing it was given at, on the same case. */
    public record NewOrder(Long hearingId, @NotNull OrderKind kind, @NotBlank @Size(max = 500) String description,
            @NotNull LocalDate givenOn, @NotNull LocalDate dueOn) {
    }

    /** The order done; {@code version} (optional) guards against marking it from an outdated page. */
    public record OrderDone(@NotNull LocalDate doneOn, @Size(max = 1000) String note, Long version) {
    }

    public record OrderDetail(long id, long caseId, Long hearingId, OrderKind kind, String description, LocalDate givenOn,
            LocalDate dueOn, LocalDate doneOn, String doneBy, String doneNote, boolean overdue, long version)
            implements Serializable {
    }

    public OrderDetail give(long caseId, NewOrder o) {
        CourtCase c = access.caseForWork(caseId);
        Violations.require(validator, o);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now();
        if (o.givenOn().isAfter(today)) {
            errors.add(new FieldError("givenOn", "must not be in the future"));
        }
        if (o.dueOn().isBefore(o.givenOn())) {
            errors.add(new FieldError("dueOn", "must not be before the day the order was given"));
        }
        if (o.hearingId() != null && hearings.hearing(o.hearingId()).filter(h -> h.getCaseId() == caseId).isEmpty()) {
            errors.add(new FieldError("hearingId", "must be a hearing of this case"));
        }
        InvalidInputException.throwIfAny(errors);
        CourtOrder order = repository.save(new CourtOrder(c, o.hearingId(), o.kind(), o.description().strip(),
                o.givenOn(), o.dueOn()));
        repository.flush();
        audit.record(AuditActions.CREATE, "court-order", order.getId(), "case " + caseId + ", " + o.kind()
                + " due " + o.dueOn());
        return view(order, today);
    }

    public List<OrderDetail> ordersOf(long caseId) {
        access.caseForReading(caseId);
        LocalDate today = LocalDate.now();
        return repository.ordersOf(caseId).stream().map(o -> view(o, today)).toList();
    }

    /** Marks an order done; done twice is recorded once, by whoever did it first. */
    public OrderDetail markDone(long orderId, OrderDone d) {
        CourtOrder order = repository.order(orderId).orElseThrow(() -> new NotFoundException("court order"));
        access.caseForWork(order.getCaseId()); // role and programme: out of scope is not found
        Violations.require(validator, d);
        LocalDate today = LocalDate.now();
        if (d.doneOn().isAfter(today)) {
            throw InvalidInputException.of("doneOn", "must not be in the future");
        }
        if (d.doneOn().isBefore(order.getGivenOn())) {
            throw InvalidInputException.of("doneOn", "must not be before the order was given on " + order.getGivenOn());
        }
        CourtOrder locked = locks.forEdit(order, d.version(), "The order was changed by someone else; reload it");
        if (locked.markDone(d.doneOn(), caller.username(), TextFields.clean(d.note()))) {
            audit.record(AuditActions.UPDATE, "court-order", orderId, "done " + d.doneOn());
        }
        repository.flush();
        return view(locked, today);
    }

    private static OrderDetail view(CourtOrder o, LocalDate today) {
        return new OrderDetail(o.getId(), o.getCaseId(), o.getHearingId(), o.getKind(), o.getDescription(),
                o.getGivenOn(), o.getDueOn(), o.getDoneOn(), o.getDoneBy(), o.getDoneNote(), o.isOverdueOn(today),
                o.getVersion());
    }
}
