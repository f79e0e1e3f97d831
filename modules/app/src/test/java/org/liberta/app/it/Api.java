package org.liberta.app.it;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A small client for Liberta's REST API and pages, as an outside system would use them. */
final class Api {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Api(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    String base() {
        return base;
    }

    /** A name no other test run has used: the prefix and eight random characters. */
    static String unique(String prefix) {
        return prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** The headline report's lines for the period, by indicator code, as M&amp;E reads it. */
    java.util.Map<String, JsonObject> headline(String from, String to) {
        java.util.Map<String, JsonObject> lines = new java.util.HashMap<>();
        get("/api/v1/reports/headline?from=" + from + "&to=" + to, token("mel", Deployments.DEMO_PASSWORD)).json()
                .getJsonArray("indicators").forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        return lines;
    }

    /** One answer: status, headers and body, with the body parsed as JSON when it is JSON. */
    record Answer(int status, HttpResponse<String> raw) {

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(raw.body())).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(raw.body())).readArray();
        }

        JsonArray items() {
            return json().getJsonArray("items");
        }

        /** The field names a problem+json answer lists as bad. */
        java.util.List<String> badFields() {
            return json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .map(e -> e.getString("field")).toList();
        }
    }

    Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    Answer get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    Answer post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a JSON body, even one that usually has none (a GET with a body, as a hostile client sends). */
    Answer send(String method, String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any request at all: method, content type, accepted type and body (null for none) as given. */
    Answer exchange(String method, String path, String token, String contentType, String accept, byte[] body) {
        HttpRequest.Builder b = request(path, token).setHeader("Accept", accept).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return send(contentType == null ? b : b.header("Content-Type", contentType));
    }

    /** Sends a file (a spreadsheet, a CSV) as the request body. */
    Answer upload(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Downloads a file in the given type; fails the test unless the answer is 200 and an attachment. */
    byte[] download(String path, String token, String accept) {
        HttpRequest.Builder b = request(path, token).setHeader("Accept", accept).GET();
        try {
            HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment")) {
                throw new AssertionError(path + " is not served as an attachment");
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("request failed", e);
        }
    }

    Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** A token for the user, or fails the test. */
    String token(String username, String password) {
        Answer answer = post("/api/v1/auth/token", null, credentials(username, password, null));
        if (answer.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("token");
    }

    static String credentials(String username, String password, String totp) {
        return Json.createObjectBuilder().add("username", username).add("password", password)
                .add("totp", totp == null ? JsonValue.NULL : Json.createValue(totp)).build().toString();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (Exception e) {
            throw new AssertionError("request failed", e);
        }
    }
}
