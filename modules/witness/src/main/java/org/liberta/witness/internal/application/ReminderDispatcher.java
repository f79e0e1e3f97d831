package org.liberta.witness.internal.application;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.witness.internal.domain.Reminder;
import org.liberta.witness.internal.domain.ReminderRepository;
import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * One run of the reminder scheduler: reminders are planned for attendances that have none yet, then every reminder
 * whose time has come (including any missed while the server was down) is claimed and delivered, one by one. Several instances may run at once against one database; each
 * reminder goes out once, through whichever claims it.
 */
@ApplicationScoped
public class ReminderDispatcher {

    /** Reminders handled per run; the next run takes the rest. */
    static final int BATCH = 500;

    /** Attendances whose reminders are planned per transaction, and at most so many transactions per run. */
    static final int PLANNING_BATCH = 1000;
    static final int PLANNING_BATCHES = 100;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ReminderDispatcher.class.getName());

    /** This server instance, as its claims name it. */
    private final String instance = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    private WitnessRepository repository;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private ReminderOutbox outbox;

    @Inject
    private ReminderPlanner planner;

    @Inject
    private ReminderChannels channels;

    /** What a run did: attendances whose reminders it PLANNED, and how many reminders came to each result. */
    public Map<String, Integer> runOnce() {
        return runAs(instance);
    }

    /** A run under a given instance name: two names stand for two servers sharing the database. */
    Map<String, Integer> runAs(String instanceName) {
        Map<String, Integer> counts = new TreeMap<>();
        Instant now = Instant.now();
        int planned = planMissing(now);
        if (planned > 0) {
            counts.put("PLANNED", planned);
        }
        for (long id : reminders.dueReminderIds(now, BATCH)) {
            // The claim runs from the moment it is made, not from the start of the run: a run that takes longer
            // than a claim lasts (a slow mail server) would otherwise make claims that have already run out.
            ReminderOutbox.Result result = outbox.claim(id, instanceName, Instant.now())
                    ? deliver(id, instanceName) : ReminderOutbox.Result.NOT_MINE;
            counts.merge(result.name(), 1, Integer::sum);
        }
        return counts;
    }

    /** Prepares a claimed reminder, sends it with no transaction open, and records what became of it. */
    private ReminderOutbox.Result deliver(long id, String instanceName) {
        ReminderOutbox.Prepared prepared;
        try {
            prepared = outbox.prepare(id, instanceName, Instant.now());
        } catch (RuntimeException e) {
            // The contact could not be read (the vault, the database): an attempt that failed, tried again later.
            return outbox.record(id, e.getClass().getSimpleName(), Instant.now());
        }
        ReminderOutbox.Delivery delivery = prepared.delivery();
        if (delivery == null) {
            return prepared.settled();
        }
        String error = null;
        try {
            if (delivery.channel() == Reminder.Channel.EMAIL) {
                channels.email(delivery.witnessId(), delivery.address(), delivery.subject(), delivery.text());
            } else {
                channels.sms(delivery.witnessId(), delivery.address(), delivery.text());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return outbox.record(id, error, Instant.now());
    }

    /**
     * Plans the reminders of attendances that have none yet, a thousand per transaction. Another instance doing the
     * same at the same moment makes one of the two fail on the outbox's unique key; that one leaves the rest to it.
     */
    private int planMissing(Instant now) {
        int planned = 0;
        try {
            for (int batch = 0; batch < PLANNING_BATCHES; batch++) {
                int taken = planner.planMissing(now, PLANNING_BATCH); // each batch commits on its own
                planned += taken;
                if (taken < PLANNING_BATCH) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("reminder planning stopped for this run (another instance may be planning): "
                    + e.getClass().getSimpleName());
        }
        return planned;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "liberta";
        }
    }
}
