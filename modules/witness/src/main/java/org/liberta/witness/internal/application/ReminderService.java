package org.liberta.witness.internal.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingId;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.rest.PublishedAs;
import org.liberta.witness.internal.domain.Reminder;

/** Reminders as staff see them, and an administrator's "run now" (the schedule does the same every few minutes). */
@ApplicationScoped
public class ReminderService {

    @PublishedAs("ReminderView")
    public record ReminderDetail(long id, long witnessId, String offset, Instant dueAt, String channel, String state,
            int attempts, Instant sentAt) {
    }

    @Inject
    private Caller caller;

    @Inject
    private CourtRecords courts;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    private ReminderOutbox outbox;

    /** Runs the dispatcher now; {@code instance} names the claimant (two names stand for two servers). */
    public Map<String, Integer> runNow(String instance) {
        caller.requireAnyRole(Role.ADMIN);
        return instance == null || instance.isBlank() ? dispatcher.runOnce() : dispatcher.runAs(instance.strip());
    }

    public List<ReminderDetail> ofHearing(long hearingId) {
        caller.requireAnyRole(AttendanceService.STAFF);
        long programme = courts.hearing(HearingId.of(hearingId)).orElseThrow(() -> new NotFoundException("hearing")).programmeId();
        caller.requireProgramme(programme);
        return outbox.ofHearing(hearingId).stream().map(ReminderService::view).toList();
    }

    private static ReminderDetail view(Reminder r) {
        return new ReminderDetail(r.getId(), r.getWitnessId(), r.getOffsetCode(), r.getDueAt(), r.getChannel().name(),
                r.getState().name(), r.getAttempts(), r.getSentAt());
    }
}
