package org.liberta.witness.internal.application;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
    private ReminderOutbox outbox;

    @Inject
    private ReminderPlanner planner;

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
        for (long id : repository.dueReminderIds(now, BATCH)) {
            // The claim runs from the moment it is made, not from the start of the run: a run that takes longer
            // than a claim lasts (a slow mail server) would otherwise make claims that have already run out.
            ReminderOutbox.Result result = outbox.claim(id, instanceName, Instant.now())
                    ? outbox.deliver(id, instanceName, Instant.now()) : ReminderOutbox.Result.NOT_MINE;
            counts.merge(result.name(), 1, Integer::sum);
        }
        return counts;
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
