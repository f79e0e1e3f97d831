package org.liberta.platform.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows password guessing spread over many accounts from one address: after {@value #MAX_FAILURES} failures
 * within the window, that address gets the same "failed" answer without a password check until the window
 * moves on. Per node and in memory on purpose: it needs no database round trip on the hot path.
 */
@ApplicationScoped
public class AddressThrottle {

    static final int MAX_FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean isBlocked(String address, Instant now) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= MAX_FAILURES;
        }
    }

    public void recordFailure(String address, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of distinct addresses must not exhaust memory
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
