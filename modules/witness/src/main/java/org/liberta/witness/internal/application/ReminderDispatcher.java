package org.liberta.witness.internal.application;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * One run of the reminder scheduler: every reminder whose time has come (including any missed while the server
 * was down) is claimed and delivered, one by one. Several instances may run at once against one database; each
 * reminder goes out once, through whichever claims it.
 */
@ApplicationScoped
public class ReminderDispatcher {

    /** Reminders handled per run; the next run takes the rest. */
    static final int BATCH = 500;

    /** This server instance, as its claims name it. */
    private final String instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    private WitnessRepository repository;

    @Inject
    private ReminderOutbox outbox;

    public Map<ReminderOutbox.Result, Integer> runOnce() {
        return runAs(instance);
    }

    /** A run under a given instance name: two names stand for two servers sharing the database. */
    Map<ReminderOutbox.Result, Integer> runAs(String instanceName) {
        Map<ReminderOutbox.Result, Integer> counts = new EnumMap<>(ReminderOutbox.Result.class);
        Instant now = Instant.now();
        for (long id : repository.dueReminderIds(now, BATCH)) {
            ReminderOutbox.Result result = outbox.claim(id, instanceName, now)
                    ? outbox.deliver(id, instanceName, Instant.now()) : ReminderOutbox.Result.NOT_MINE;
            counts.merge(result, 1, Integer::sum);
        }
        return counts;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "liberta";
        }
    }
}
