package org.liberta.app.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 request over a plain socket: for what Java's client will not send (a path with {@code %zz} in it)
 * and for sending from another loopback address (all of 127.0.0.0/8 is this machine), as an attacker rotating
 * addresses would.
 */
final class RawHttp {

    /** The answer: status, header lines as sent, and the body as text. */
    record Reply(int status, List<String> headers, String body) {

        /** The first value of a header, or null. */
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
        }

        /** The value a {@code Set-Cookie} header gives {@code cookie}, or null. */
        String cookie(String cookie) {
            return headers.stream().filter(h -> h.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .map(h -> h.substring(11).strip()).filter(c -> c.startsWith(cookie + "="))
                    .map(c -> c.substring(cookie.length() + 1).split(";", 2)[0]).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    static Reply send(URL base, String from, String method, String path, String extraHeaders, String contentType,
            String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        InetAddress server = InetAddress.getByName(base.getHost());
        try (Socket socket = new Socket(server, base.getPort(), InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            if (extraHeaders != null) {
                head.append(extraHeaders);
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? answer : answer.substring(0, end)).split("\r\n");
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Reply(Integer.parseInt(lines[0].substring(9, 12)), headers,
                    end < 0 ? "" : answer.substring(end + 4));
        }
    }

    static Reply postJson(URL base, String from, String path, String json, String cookies) throws IOException {
        return send(base, from, "POST", path, cookies == null ? null : "Cookie: " + cookies + "\r\n",
                "application/json", json);
    }
}
