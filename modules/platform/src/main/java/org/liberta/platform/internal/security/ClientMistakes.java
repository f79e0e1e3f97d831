package org.liberta.platform.internal.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The log line for a client's mistake (an expired form, a forged one): one line naming the route, the status and
 * the reason, never a stack trace, and at most {@value #LINES_PER_MINUTE} a minute from one address, so that a
 * client sending garbage in a loop cannot flood the log (docs/security.md item 12). What was left out is counted
 * in the next line from that address.
 */
public final class ClientMistakes {

    static final int LINES_PER_MINUTE = 10;
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 10_000;
    private static final int MAX_ROUTE = 200;
    private static final Logger LOG = Logger.getLogger(ClientMistakes.class.getName());
    private static final Map<String, Window> WINDOWS = new ConcurrentHashMap<>();

    private ClientMistakes() {
    }

    public static void log(HttpServletRequest request, int status, String reason) {
        String line = line(OriginalClient.of(request), request.getMethod() + " " + request.getRequestURI(), status, reason,
                Instant.now());
        if (line != null) {
            LOG.info(line);
        }
    }

    /** The line to write, or null when this address has had its share of the minute. */
    static String line(String address, String route, int status, String reason, Instant now) {
        if (WINDOWS.size() > MAX_TRACKED) {
            WINDOWS.clear(); // a flood of distinct addresses must not exhaust memory
        }
        Window window = WINDOWS.computeIfAbsent(address == null ? "unknown" : address, a -> new Window());
        long leftOut;
        synchronized (window) {
            if (window.start == null || !now.isBefore(window.start.plus(WINDOW))) {
                leftOut = window.leftOut;
                window.start = now;
                window.lines = 0;
                window.leftOut = 0;
            } else {
                leftOut = 0;
            }
            if (window.lines >= LINES_PER_MINUTE) {
                window.leftOut++;
                return null;
            }
            window.lines++;
        }
        return "Client mistake from " + address + ": " + printable(route) + " answered " + status + ", " + reason
                + (leftOut > 0 ? " (" + leftOut + " more from this address left out of the log in the minute before)" : "");
    }

    /** A path is the client's text: no line breaks or control characters into the log, and not much of it. */
    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > MAX_ROUTE ? clean.substring(0, MAX_ROUTE) + "…" : clean;
    }

    private static final class Window {
        private Instant start;
        private int lines;
        private long leftOut;
    }
}
