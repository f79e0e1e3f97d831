package org.liberta.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server, in the test's own process, that accepts every message and keeps it: enough of RFC 5321
 * (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for Jakarta Mail to deliver to it over a socket, one thread per
 * client, so several servers can send at once.
 *
 * It can also {@link #hold} every sender at the recipients it names, as a slow mail server would: a sender killed
 * while held has delivered nothing, and the recipients it named are kept as {@link #abandoned}.
 */
final class SmtpInbox implements AutoCloseable {

    /** A delivered message: its envelope recipients and its raw content (headers and body). */
    record Mail(List<String> recipients, String content) {

        /** The body as its reader sees it: decoded from base64 or quoted-printable, as Jakarta Mail chose. */
        String text() {
            int blank = content.indexOf("\n\n");
            String headers = content.substring(0, Math.max(blank, 0)).toLowerCase(java.util.Locale.ROOT);
            String body = blank < 0 ? "" : content.substring(blank + 2);
            if (headers.contains("content-transfer-encoding: base64")) {
                return new String(java.util.Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
            }
            if (headers.contains("content-transfer-encoding: quoted-printable")) {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                String joined = body.replace("=\n", "");
                for (int i = 0; i < joined.length(); i++) {
                    char c = joined.charAt(i);
                    if (c == '=' && i + 2 < joined.length()) {
                        bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                        i += 2;
                    } else {
                        bytes.write(c);
                    }
                }
                return bytes.toString(StandardCharsets.UTF_8);
            }
            return body;
        }
    }

    private final ServerSocket server;
    private final List<Mail> received = new CopyOnWriteArrayList<>();
    private final List<String> abandoned = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

    SmtpInbox(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-inbox");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    List<Mail> received() {
        return received;
    }

    /** Recipients of conversations that ended before their message was sent (the sender died or gave up). */
    /** The mails to {@code recipient}, waiting up to {@code seconds} for at least one (alerts leave after a commit). */
    List<Mail> awaitMailTo(String recipient, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Mail> mails;
        while ((mails = received.stream().filter(m -> m.recipients().contains(recipient)).toList()).isEmpty()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return mails;
    }

    List<String> abandoned() {
        return abandoned;
    }

    /** From now on every sender waits at its first recipient until {@link #release}. */
    void hold() {
        gate = new java.util.concurrent.CountDownLatch(1);
    }

    /** How many senders are waiting at the moment. */
    int held() {
        return held.get();
    }

    void release() {
        gate.countDown();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread conversation = new Thread(() -> converseWith(socket), "smtp-conversation");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // closed: stop accepting
            }
        }
    }

    private void converseWith(Socket socket) {
        List<String> recipients = new java.util.ArrayList<>();
        try (socket) {
            if (converse(socket, recipients)) {
                return;
            }
        } catch (IOException e) {
            // the client went away mid-conversation
        }
        if (!recipients.isEmpty()) {
            abandoned.addAll(recipients);
        }
    }

    /** True when the client said QUIT; {@code recipients} holds those named for a message not yet sent. */
    private boolean converse(Socket socket, List<String> recipients) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        reply(out, "220 liberta-test-inbox ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 liberta-test-inbox");
                case "MAIL" -> {
                    recipients.clear();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.replaceAll(".*<(.*)>.*", "$1"));
                    awaitGate();
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder content = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        content.append(data.startsWith("..") ? data.substring(1) : data).append('\n');
                    }
                    received.add(new Mail(List.copyOf(recipients), content.toString()));
                    recipients.clear();
                    reply(out, "250 OK: queued");
                }
                case "QUIT" -> {
                    reply(out, "221 Bye");
                    return true;
                }
                default -> reply(out, "250 OK");
            }
        }
        return false;
    }

    private void awaitGate() {
        held.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
