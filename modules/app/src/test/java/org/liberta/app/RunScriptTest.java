package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code scripts/run} refusing to start where it must not: on a port another process holds (it must say so and
 * fail, not print "Liberta is running" because something else answers there), and in production on an address
 * others can reach over plain HTTP.
 */
class RunScriptTest {

    @Test
    void aTakenPortIsRefusedWithAClearMessage() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ProcessBuilder run = new ProcessBuilder("bash", "../../scripts/run").redirectErrorStream(true);
            run.environment().put("LIBERTA_HTTP_PORT", String.valueOf(other.getLocalPort()));
            run.environment().put("LIBERTA_DATA_DIR", new File("target/run-script-test").getAbsolutePath());
            Process process = run.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "scripts/run did not give up");
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, process.exitValue(), output);
            assertTrue(output.contains("Port " + other.getLocalPort() + " is already in use"), output);
            assertTrue(!output.contains("Liberta is running"), output);
        }
    }

    @Test
    void productionOverPlainHttpOnAnOpenAddressIsRefused() throws Exception {
        ProcessBuilder run = new ProcessBuilder("bash", "../../scripts/run").redirectErrorStream(true);
        run.environment().put("LIBERTA_DEMO", "false");
        run.environment().put("LIBERTA_BIND_ADDRESS", "0.0.0.0");
        run.environment().remove("LIBERTA_HTTPS");
        run.environment().put("LIBERTA_HTTP_PORT", "1");
        run.environment().put("LIBERTA_DATA_DIR", new File("target/run-script-test").getAbsolutePath());
        Process process = run.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "scripts/run did not give up");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("over plain HTTP") && output.contains("LIBERTA_HTTPS=true"), output);
    }
}
