package org.liberta.app.it;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The lines the server writes while it is watched. Payara's connector copies the server's console to this process's
 * {@code System.out} line by line, so standing in for {@code System.out} for a while sees what the server logged
 * (and passes it on as before).
 */
final class ServerLog implements AutoCloseable {

    private final PrintStream original = System.out;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ServerLog() {
        System.setOut(new PrintStream(original, true) {
            @Override
            public void println(String line) {
                lines.add(line);
                super.println(line);
            }
        });
    }

    static ServerLog watch() {
        return new ServerLog();
    }

    /** What was written so far, after a moment for the console reader to catch up. */
    List<String> lines() throws InterruptedException {
        Thread.sleep(1_500);
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
