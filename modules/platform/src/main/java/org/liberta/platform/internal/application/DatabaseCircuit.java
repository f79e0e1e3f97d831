package org.liberta.platform.internal.application;

import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * Whether the database answers, as a probe run every second last found it. A request must not find out by
 * waiting: while the database hangs, a connection or query blocks for as long as the network lets it, and every
 * request that tries joins the queue. So the probe runs on its own thread and the verdict is read, never waited
 * for: the database counts as away when the last probe failed or no probe has succeeded for {@link #STALE_AFTER_NANOS}
 * (a probe stuck on a paused server is a failed one). Requests then fail at once (503), {@code /health} turns
 * DOWN, and the first probe that succeeds again lets everything through, with no restart.
 */
public final class DatabaseCircuit {

    /** Probes start every second; a probe that has not come back after this long counts as a failure. */
    static final long STALE_AFTER_NANOS = 2_500_000_000L;

    /** How long a probe's own check may take. */
    static final int PROBE_SECONDS = 1;

    private final Callable<Connection> connections;
    private final LongSupplier clock;

    private volatile long lastSuccess;
    private volatile boolean lastFailed;
    private volatile boolean probed;

    public DatabaseCircuit(Callable<Connection> connections, LongSupplier nanoClock) {
        this.connections = connections;
        this.clock = nanoClock;
        this.lastSuccess = nanoClock.getAsLong();
    }

    /** One probe: borrow a connection, ask whether it is valid (bounded by the driver), give it back. */
    public void probe() {
        boolean ok;
        try (Connection connection = connections.call()) {
            ok = connection.isValid(PROBE_SECONDS);
        } catch (Exception e) {
            ok = false;
        }
        if (ok) {
            lastSuccess = clock.getAsLong();
        }
        lastFailed = !ok;
        probed = true;
    }

    /** True until a probe fails or goes unanswered too long; true again after the next successful probe. */
    public boolean databaseAvailable() {
        return !lastFailed && clock.getAsLong() - lastSuccess <= STALE_AFTER_NANOS;
    }

    /** Whether any probe has finished yet (before that, the verdict is only the start-up's). */
    public boolean probed() {
        return probed;
    }
}
