package org.liberta.platform.internal.application;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the {@link DatabaseCircuit}'s probe every second on the server's scheduler and logs each change of state. */
@ApplicationScoped
public class DatabaseWatch {

    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final DatabaseCircuit circuit = new DatabaseCircuit(
            () -> InitialContext.<DataSource>doLookup(Bootstrap.DATA_SOURCE).getConnection(), System::nanoTime);

    private volatile ScheduledFuture<?> probes;
    private volatile boolean reportedAvailable = true;

    /** Called once start-up has migrated the schema: from then on the verdict is the probe's. */
    public void start() {
        if (probes == null) {
            probes = scheduler.scheduleWithFixedDelay(this::probe, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void probe() {
        circuit.probe();
        boolean available = circuit.databaseAvailable();
        if (available != reportedAvailable) {
            reportedAvailable = available;
            LOG.warning(available ? "The database answers again" : "The database does not answer: requests get 503");
        }
    }

    /** Before start-up has finished there is no verdict yet, and the start-up's own work tells. */
    public boolean databaseAvailable() {
        return probes == null || circuit.databaseAvailable();
    }

    /** Whether the probes run, so that {@link #databaseAvailable} is their verdict. */
    public boolean watching() {
        return probes != null && circuit.probed();
    }

    @PreDestroy
    void stop() {
        if (probes != null) {
            probes.cancel(true);
        }
    }
}
