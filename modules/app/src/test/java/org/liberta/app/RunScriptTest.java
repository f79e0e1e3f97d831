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
 * {@code scripts/run} on a port another process holds: it must say so and fail, not print "Liberta is running"
 * because something else answers there.
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
}
