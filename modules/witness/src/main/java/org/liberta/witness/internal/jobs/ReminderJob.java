package org.liberta.witness.internal.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liberta.platform.api.SystemWork;
import org.liberta.witness.internal.application.ReminderDispatcher;

/**
 * Runs the reminder dispatcher inside the server every few minutes ({@code LIBERTA_REMINDER_INTERVAL_SECONDS},
 * default 300; 0 turns the schedule off, leaving an administrator's "run now"). The timer is not persistent:
 * after a restart it starts again, and the outbox holds what is due, so missed reminders are caught up.
 * A run that fails is logged and the next one tries again.
 */
@Singleton
@Startup
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "liberta.reminder.interval.seconds", defaultValue = "300")
    private long intervalSeconds;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    private SystemWork system;

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            LOG.info("Witness reminders: the schedule is off (LIBERTA_REMINDER_INTERVAL_SECONDS=0)");
            return;
        }
        timers.createIntervalTimer(1000L * Math.min(60, intervalSeconds), 1000L * intervalSeconds,
                new TimerConfig("witness-reminders", false));
    }

    /** One run, as the system; each reminder is its own transaction, so the run itself holds none. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            var counts = system.runAsSystem(dispatcher::runOnce);
            if (!counts.isEmpty()) {
                LOG.info(() -> "Witness reminders: " + counts);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Witness reminder run failed; the next run tries again", e);
        }
    }
}
