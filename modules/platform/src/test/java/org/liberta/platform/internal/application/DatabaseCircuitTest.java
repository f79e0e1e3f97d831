package org.liberta.platform.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The circuit's verdict as the database answers, refuses, or hangs; time is a clock the test moves. */
class DatabaseCircuitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicReference<String> database = new AtomicReference<>("answers");
    private final CountDownLatch resume = new CountDownLatch(1);

    /** A connection source that answers, refuses (a stopped server) or blocks (a paused one) as told. */
    private Connection connect() throws Exception {
        switch (database.get()) {
            case "refuses" -> throw new SQLTransientConnectionException("connection refused");
            case "hangs" -> resume.await();
            default -> { }
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("isValid") ? Boolean.TRUE : null);
    }

    @Test
    void aRefusingDatabaseIsAwayAtOnceAndBackWithTheNextGoodProbe() {
        DatabaseCircuit circuit = new DatabaseCircuit(this::connect, now::get);
        circuit.probe();
        assertTrue(circuit.databaseAvailable());
        database.set("refuses");
        circuit.probe();
        assertFalse(circuit.databaseAvailable(), "a failed probe opens the circuit");
        database.set("answers");
        circuit.probe();
        assertTrue(circuit.databaseAvailable(), "recovery needs no restart");
    }

    @Test
    void aHangingDatabaseIsAwayOnceNoProbeHasComeBackForTwoAndAHalfSeconds() throws Exception {
        DatabaseCircuit circuit = new DatabaseCircuit(this::connect, now::get);
        circuit.probe();
        database.set("hangs");
        var prober = Executors.newSingleThreadExecutor();
        try {
            var stuck = prober.submit(circuit::probe);
            now.addAndGet(2_000_000_000L);
            assertTrue(circuit.databaseAvailable(), "two seconds without an answer is not yet an outage");
            now.addAndGet(600_000_000L);
            assertFalse(circuit.databaseAvailable(), "a probe that does not come back counts as failed");
            database.set("answers");
            resume.countDown();
            stuck.get();
            assertTrue(circuit.databaseAvailable(), "the probe that comes back closes the circuit");
        } finally {
            prober.shutdownNow();
        }
    }
}
