package org.liberta.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback between Liberta and its database, which a test can {@link #stall}: while stalled no
 * byte passes either way and new connections wait unanswered, as when the database server is paused or the
 * network to it hangs (nothing is refused, nothing is closed). {@link #resume} lets everything through again.
 */
final class DatabaseLink implements AutoCloseable {

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean stalled;

    DatabaseLink(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::accept, "database-link");
    }

    int port() {
        return server.getLocalPort();
    }

    void stall() {
        stalled = true;
    }

    void resume() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                daemon(() -> relay(client), "database-link-connection");
            } catch (IOException e) {
                // closed: stop accepting
            }
        }
    }

    private void relay(Socket client) {
        try {
            awaitPassage();
            Socket upstream = new Socket(upstreamHost, upstreamPort);
            sockets.add(upstream);
            daemon(() -> pump(upstream, client), "database-link-down");
            pump(client, upstream);
        } catch (IOException | InterruptedException e) {
            close(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                awaitPassage();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away
        } finally {
            close(from);
            close(to);
        }
    }

    private void awaitPassage() throws InterruptedException {
        synchronized (gate) {
            while (stalled) {
                gate.wait();
            }
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        resume();
        server.close();
        sockets.forEach(DatabaseLink::close);
    }
}
