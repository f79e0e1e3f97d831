package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liberta.app.it.Api.Answer;

/**
 * Every route the server describes at {@code /openapi} (its own list, so a new route is covered the day it is
 * added), called as a hostile client would: odd ids in the path, impossible dates, unknown enums, NUL and
 * right-to-left characters and long text in the query, and for routes that take a body, malformed and deeply
 * nested JSON, the wrong top-level type, every field of the wrong type, 1 MB of text, and the wrong content type.
 * Each answer must be below 500; each error must be problem+json; a number or a yes/no that does not parse, in the
 * path or the query, must be a 400 naming its parameter; no hostile body may be accepted; no record may
 * be created, changed or deleted by any of it; and the server must still be healthy at the end.
 *
 * <p>From the same list, every route that hands over a file (CSV, XLSX, PDF, a stored document) is downloaded in
 * each of its formats and must leave an EXPORT entry naming who took it.
 */
@ExtendWith(ArquillianExtension.class)
class EveryRouteIT {

    private static final String JSON = "application/json";
    private static final String NUL_RTL = "%00%E2%80%AEevil";
    private static final List<String> ODD_IDS = List.of("0", "-1", "99999999999999999999", "abc", "1.5", "%E2%80%AE1",
            "%F0%9F%92%A3", "1%20OR%201%3D1", "%27%22%3E%3Cscript%3E");
    private static final List<String> ODD_QUERY_VALUES = List.of("2021-02-30", "-1", "99999999999", "NO_SUCH_VALUE",
            NUL_RTL, "x".repeat(2000), "%27%3B--");
    private static final List<String> WRITES = List.of("CREATE", "UPDATE", "DELETE");
    private static final List<String> CALLERS = List.of("admin", "lawyer.bd", "navigator.uk", "mel");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    /** One operation of the description: its method, path template, query parameters and request body. */
    private record Route(String method, String path, List<String> query, List<String> typed, String bodyType,
            JsonObject bodySchema) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void everyRouteAnswersHostileInputWithAProblemAndWritesNothing() {
        Deployments.awaitReady(base);
        Api api = new Api(base);
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        JsonObject description = Json.createReader(new StringReader(
                api.get("/openapi", null, JSON).body())).readObject();
        List<Route> routes = routes(description);
        assertTrue(routes.size() > 100, "the server describes its routes: " + routes.size());
        Map<String, Long> writesBefore = writesBy(api, admin);

        Map<String, String> tokens = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            tokens.put(caller, caller.equals("admin") ? admin : api.token(caller, Deployments.DEMO_PASSWORD));
        }
        Map<String, List<String>> faults = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        int bodiesRead = 0;
        for (Route route : routes) {
            for (Map.Entry<String, String> caller : tokens.entrySet()) {
                for (Attempt attempt : attempts(route, description)) {
                    Answer answer = api.exchange(route.method().toUpperCase(), attempt.path(), caller.getValue(),
                            attempt.contentType(), JSON, attempt.body());
                    requests++;
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (attempt.mustBeRefused() && answer.status() == 400) {
                        bodiesRead++;
                    }
                    String fault = judge(route, attempt, answer);
                    if (fault != null) {
                        faults.computeIfAbsent(route.toString(), r -> new ArrayList<>())
                                .add(caller.getKey() + " " + attempt.what() + ": " + fault);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        faults.forEach((route, found) -> report.append('\n').append(route).append(found.stream().limit(6)
                .map(f -> "\n    " + f).reduce("", String::concat)));
        System.out.println("Hostile input: " + requests + " requests over " + routes.size() + " routes, answers by status "
                + statuses + "; routes with faults: " + faults.size() + report);
        // The requests reached the routes: bodies were read and refused as bad input, and some odd ids were looked up
        // (0 and -1: an id that does not parse is a 400 before any lookup).
        assertTrue(bodiesRead > 1000 && statuses.getOrDefault(404, 0) > 200 && statuses.getOrDefault(200, 0) > 50,
                "the requests reached their routes: " + statuses + ", bodies read and refused: " + bodiesRead);
        assertTrue(faults.isEmpty(), faults.size() + " routes mishandled hostile input:" + report);
        assertEquals(writesBefore, writesBy(api, admin), "nothing was created, changed or deleted");
        assertEquals(200, api.get("/health", null).status(), "and the server is healthy after it all");
    }

    /** Files that hold no records (import templates): they need no audit entry, and are checked to be fixed text. */
    private static final List<String> BLANK_TEMPLATES = List.of("/api/v1/imports/court-cases/template",
            "/api/v1/training/sessions/sign-in-sheet-template");

    /** A download as someone entitled to it makes it: who, and the address with real ids and parameters. */
    private record Download(String caller, String path) {
    }

    /**
     * How to reach each route that hands over a file. A new one fails the test until it is added here, and from
     * then on the test checks that its download is audited.
     */
    private static Download reach(String route, Api api, Map<String, String> tokens) {
        return switch (route) {
            case "/api/v1/advocacy/campaigns/{id}/briefing-pack" -> new Download("advocacy",
                    "/api/v1/advocacy/campaigns/" + firstId(api, tokens.get("advocacy"), "/api/v1/advocacy/campaigns")
                            + "/briefing-pack");
            case "/api/v1/advocacy/evidence/{id}" -> new Download("advocacy", "/api/v1/advocacy/evidence/"
                    + evidenceId(api, tokens.get("advocacy")));
            case "/api/v1/court-cases/backlog" -> new Download("mel", route + "?programme=BD");
            case "/api/v1/exports/anonymised-survivors" -> new Download("mel", route + "?programme=UK");
            case "/api/v1/exports/htcds" -> new Download("mel", route + "?programme=UK");
            case "/api/v1/reports/headline" -> new Download("mel", route + "?from=2021-03-01&to=2021-08-31");
            case "/api/v1/survivors/{id}/subject-access" -> new Download("admin", "/api/v1/survivors/"
                    + firstId(api, tokens.get("navigator.uk"), "/api/v1/survivors") + "/subject-access");
            case "/api/v1/training/certificates/{id}/pdf" -> new Download("trainer", "/api/v1/training/certificates/"
                    + certificateId(api, tokens.get("trainer")) + "/pdf");
            case "/api/v1/training/sessions/{id}/attendees/export" -> new Download("trainer", "/api/v1/training/sessions/"
                    + firstId(api, tokens.get("trainer"), "/api/v1/training/sessions") + "/attendees/export");
            default -> null;
        };
    }

    /** The id of the first record a list answers (a page's items or a plain array). */
    private static String firstId(Api api, String token, String list) {
        Answer answer = api.get(list, token);
        assertEquals(200, answer.status(), list + ": " + answer.body());
        JsonValue parsed = Json.createReader(new StringReader(answer.body())).readValue();
        List<JsonValue> items = parsed.getValueType() == JsonValue.ValueType.ARRAY ? parsed.asJsonArray()
                : parsed.asJsonObject().getJsonArray("items");
        assertTrue(!items.isEmpty(), list + " lists something to download");
        return items.get(0).asJsonObject().getJsonNumber("id").toString();
    }

    /** A certificate of the first session whose attendees completed it (issued now if it was not yet). */
    private static String certificateId(Api api, String token) {
        for (JsonValue session : api.get("/api/v1/training/sessions?size=50", token).items()) {
            String certificates = "/api/v1/training/sessions/" + session.asJsonObject().getJsonNumber("id") + "/certificates";
            List<JsonValue> issued = api.post(certificates, token, "{}").array();
            if (!issued.isEmpty()) {
                return issued.get(0).asJsonObject().getJsonNumber("id").toString();
            }
        }
        throw new AssertionError("no session has an attendee who completed it");
    }

    /** A stored evidence file: attached to the first outcome of the first campaign that has one. */
    private static String evidenceId(Api api, String token) {
        for (JsonValue campaign : api.get("/api/v1/advocacy/campaigns", token).array()) {
            List<JsonValue> outcomes = api.get("/api/v1/advocacy/campaigns/" + campaign.asJsonObject()
                    .getJsonNumber("id") + "/outcomes", token).array();
            if (!outcomes.isEmpty()) {
                String evidence = "/api/v1/advocacy/outcomes/" + outcomes.get(0).asJsonObject().getJsonNumber("id")
                        + "/evidence";
                Answer stored = api.upload(evidence + "?fileName=minutes.txt", token, "text/plain",
                        "Minutes of the meeting with the district judge.\n".getBytes(StandardCharsets.UTF_8));
                assertEquals(201, stored.status(), stored.body());
                return stored.json().getJsonNumber("id").toString();
            }
        }
        throw new AssertionError("no campaign has an outcome to attach evidence to");
    }

    @Test
    void everyRouteThatHandsOverAFileLeavesAnExportEntry() {
        Deployments.awaitReady(base);
        Api api = new Api(base);
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        JsonObject description = Json.createReader(new StringReader(api.get("/openapi", null, JSON).body())).readObject();
        Map<String, String> tokens = new LinkedHashMap<>(Map.of("admin", admin));
        for (String caller : List.of("advocacy", "mel", "navigator.uk", "trainer")) {
            tokens.put(caller, api.token(caller, Deployments.DEMO_PASSWORD));
        }
        List<String> unaudited = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        int downloads = 0;
        for (Map.Entry<String, List<String>> route : fileRoutes(description).entrySet()) {
            if (BLANK_TEMPLATES.contains(route.getKey())) {
                // Fixed text (the columns and an illustrative row), not records: the same for whoever asks.
                byte[] forAdmin = api.download(route.getKey(), admin, route.getValue().get(0));
                byte[] forTrainer = api.download(route.getKey(), tokens.get("trainer"), route.getValue().get(0));
                assertTrue(java.util.Arrays.equals(forAdmin, forTrainer), route.getKey() + " holds nothing of anyone's");
                continue;
            }
            Download download = reach(route.getKey(), api, tokens);
            if (download == null) {
                unreachable.add(route.getKey());
                continue;
            }
            for (String type : route.getValue()) {
                long before = exportsBy(api, admin, download.caller());
                byte[] file = api.download(download.path(), tokens.get(download.caller()), type);
                assertTrue(file.length > 0, download.path() + " as " + type);
                downloads++;
                if (exportsBy(api, admin, download.caller()) <= before) {
                    unaudited.add(route.getKey() + " as " + type);
                }
            }
        }
        System.out.println("Export audit: " + downloads + " downloads checked; unaudited: " + unaudited);
        assertEquals(List.of(), unreachable, "routes handing over files that this test does not know how to reach");
        assertEquals(List.of(), unaudited, "downloads that left no EXPORT entry");
        assertTrue(downloads >= 12, "the file routes were all downloaded: " + downloads);
        assertTrue(BLANK_TEMPLATES.stream().allMatch(fileRoutes(description)::containsKey), "the templates still exist");
    }

    /** Routes that answer something other than JSON, with the types they answer in. */
    private static Map<String, List<String>> fileRoutes(JsonObject description) {
        Map<String, List<String>> files = new TreeMap<>();
        for (Map.Entry<String, JsonValue> path : description.getJsonObject("paths").entrySet()) {
            JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
            if (get == null) {
                continue;
            }
            List<String> types = new ArrayList<>();
            for (JsonValue response : get.getJsonObject("responses").values()) {
                JsonObject content = response.asJsonObject().getJsonObject("content");
                if (content != null) {
                    content.keySet().stream().filter(t -> !t.equals(JSON) && !t.contains("problem") && !types.contains(t))
                            .forEach(types::add);
                }
            }
            if (!types.isEmpty()) {
                files.put(path.getKey(), types);
            }
        }
        return files;
    }

    private static long exportsBy(Api api, String admin, String caller) {
        return api.get("/api/v1/audit?size=1&action=EXPORT&user=" + caller, admin).json().getJsonNumber("total").longValue();
    }

    /** One hostile request: where it goes (path and query filled in), what it sends, and how to describe it. */
    private record Attempt(String what, String path, String contentType, byte[] body, boolean mustBeRefused,
            String mustName) {

        Attempt(String what, String path, String contentType, byte[] body, boolean mustBeRefused) {
            this(what, path, contentType, body, mustBeRefused, null);
        }
    }

    private static String judge(Route route, Attempt attempt, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return status + " " + shorten(answer.body());
        }
        // 401 and 403, and 406 and 415 for a file route asked for JSON, refuse the request before its parameters
        // are read; anything else must be the 400 naming the parameter.
        if (attempt.mustName() != null && !List.of(401, 403, 406, 415).contains(status)
                && (status != 400 || !answer.badFields().contains(attempt.mustName()))) {
            return status + " instead of 400 naming " + attempt.mustName() + ": " + shorten(answer.body());
        }
        if (status >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " without problem+json (" + type + ")";
            }
            return null;
        }
        return attempt.mustBeRefused() ? status + ": a hostile body was accepted" : null;
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** Path and query variations for every route; body variations for those that take one. */
    private static List<Attempt> attempts(Route route, JsonObject description) {
        List<Attempt> attempts = new ArrayList<>();
        List<String> names = pathParameters(route.path());
        boolean write = !route.method().equals("get");
        for (String name : names) {
            for (String odd : ODD_IDS) {
                // A write whose path names nothing that exists must not write: sent with a body that would be valid
                // for many routes ({}), so only the odd id stands between it and a record.
                attempts.add(new Attempt("path " + name + "=" + odd, fill(route.path(), name, odd), write ? JSON : null,
                        write ? "{}".getBytes(StandardCharsets.UTF_8) : null, false));
            }
        }
        // A number or a yes/no that does not parse is the client's mistake, named (see judge for what may come
        // first).
        for (String parameter : route.typed()) {
            String name = parameter.substring(parameter.indexOf(' ') + 1);
            String where = parameter.startsWith("path ") ? fill(route.path(), name, "abc")
                    : fill(route.path(), null, null) + "?" + name + "=abc";
            attempts.add(new Attempt(parameter + "=abc", where, write ? JSON : null,
                    write ? "{}".getBytes(StandardCharsets.UTF_8) : null, false, name));
        }
        String path = fill(route.path(), null, null);
        if (!write) {
            for (String parameter : route.query()) {
                for (String odd : ODD_QUERY_VALUES) {
                    attempts.add(new Attempt("query " + parameter + "=" + shorten(odd), path + "?" + parameter + "=" + odd,
                            null, null, false));
                }
            }
        }
        if (route.bodyType() == null) {
            return attempts;
        }
        if (!route.bodyType().equals(JSON)) {
            attempts.add(new Attempt("garbage " + route.bodyType(), path, route.bodyType(),
                    "PK\u0003\u0004\u0000\u202E;\"unterminated\n,,,\u0000".getBytes(StandardCharsets.UTF_8), false));
            return attempts;
        }
        for (Map.Entry<String, String> body : hostileBodies(route.bodySchema(), description).entrySet()) {
            attempts.add(new Attempt(body.getKey(), path, JSON, body.getValue().getBytes(StandardCharsets.UTF_8), true));
        }
        attempts.add(new Attempt("JSON sent as text/plain", path, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), true));
        return attempts;
    }

    /** Bodies no route may accept, keyed by what they try. */
    private static Map<String, String> hostileBodies(JsonObject schema, JsonObject description) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\": ");
        bodies.put("5,000 nested arrays", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("a number instead of the body", "42");
        bodies.put("null instead of the body", "null");
        JsonObject resolved = resolve(schema, description);
        boolean array = "array".equals(resolved.getString("type", ""));
        bodies.put("the wrong top-level type", array ? "{\"a\":1}" : "[1,2,3]");
        if (array) {
            bodies.put("an array of nonsense", "[\"" + "\\u0000\\u202E" + "\", 7, null]");
            return bodies;
        }
        JsonObject properties = resolved.getJsonObject("properties");
        if (properties == null) {
            return bodies;
        }
        StringBuilder everyFieldWrong = new StringBuilder("{");
        for (Map.Entry<String, JsonValue> property : properties.entrySet()) {
            String wrong = wrongValue(resolve(property.getValue().asJsonObject(), description));
            if (wrong == null) {
                continue;
            }
            bodies.put(property.getKey() + " of the wrong type", "{\"" + property.getKey() + "\":" + wrong + "}");
            everyFieldWrong.append(everyFieldWrong.length() > 1 ? "," : "").append('"').append(property.getKey())
                    .append("\":").append(wrong);
        }
        bodies.put("every field wrong at once", everyFieldWrong.append('}').toString());
        String firstText = properties.keySet().iterator().next();
        bodies.put("1 MB of text with NUL and RTL", "{\"" + firstText + "\":\"\\u0000\\u202E" + "A".repeat(1024 * 1024)
                + "\"}");
        return bodies;
    }

    /** A value of the wrong kind for the schema: an unknown enum, an impossible date, a word for a number. */
    private static String wrongValue(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return "\"NO_SUCH_VALUE\\u0000\"";
        }
        String format = schema.getString("format", "");
        return switch (schema.getString("type", "")) {
            case "string" -> format.equals("date") ? "\"2021-02-30\""
                    : format.equals("date-time") ? "\"2021-02-30T25:61:00+99:00\"" : "{\"text\":\"\\u0000\\u202E\"}";
            case "integer", "number" -> "\"1e999 \\u202E\"";
            case "boolean" -> "\"maybe\"";
            case "array" -> "7";
            case "object" -> "\"\\u202Enot an object\"";
            default -> null;
        };
    }

    private static JsonObject resolve(JsonObject schema, JsonObject description) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String ref = schema.getString("$ref", null);
        if (ref == null) {
            List<JsonValue> allOf = schema.containsKey("allOf") ? schema.getJsonArray("allOf") : List.of();
            return allOf.size() == 1 ? resolve(allOf.get(0).asJsonObject(), description) : schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return description.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    private static List<Route> routes(JsonObject description) {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : description.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                JsonObject op = operation.getValue().asJsonObject();
                List<String> query = new ArrayList<>();
                List<String> typed = new ArrayList<>();
                if (op.containsKey("parameters")) {
                    op.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                            .filter(p -> p.getString("in").equals("query")).forEach(p -> query.add(p.getString("name")));
                    op.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                            .filter(p -> List.of("integer", "boolean").contains(
                                    p.getJsonObject("schema").getString("type", "")))
                            .forEach(p -> typed.add(p.getString("in") + " " + p.getString("name")));
                }
                String bodyType = null;
                JsonObject bodySchema = null;
                if (op.containsKey("requestBody")) {
                    JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
                    bodyType = content.containsKey(JSON) ? JSON : content.keySet().iterator().next();
                    bodySchema = content.getJsonObject(bodyType).getJsonObject("schema");
                }
                routes.add(new Route(operation.getKey(), path.getKey(), query, typed, bodyType, bodySchema));
            }
        }
        return routes;
    }

    private static List<String> pathParameters(String template) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template with {@code name} set to {@code value} and every other parameter to 1. */
    private static String fill(String template, String name, String value) {
        return java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1).equals(name) ? value : "1"));
    }

    /** How many records the fuzzing callers created, changed and deleted, by action, as the audit trail has it. */
    private static Map<String, Long> writesBy(Api api, String admin) {
        Map<String, Long> writes = new TreeMap<>();
        for (String caller : CALLERS) {
            for (String action : WRITES) {
                writes.put(caller + " " + action, api.get("/api/v1/audit?size=1&action=" + action + "&user=" + caller,
                        admin).json().getJsonNumber("total").longValue());
            }
        }
        return writes;
    }
}
