package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liberta.app.it.Api.Answer;

/**
 * The executable form of {@code docs/api.md}: every row of its Resources table sent with the minimum body
 * written there, by the role that would send it, and every error path its Conventions name. A client written from
 * docs/api.md alone works exactly as far as this class passes; when the two disagree, docs/api.md wins.
 */
@ExtendWith(ArquillianExtension.class)
class ContractIT {

    private static final String V1 = "/api/v1";

    @ArquillianResource
    private URL base;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void ready() {
        Deployments.awaitReady(base);
        api = new Api(base);
    }

    private String token(String user) {
        return api.token(user, user.equals("admin") ? Deployments.ADMIN_PASSWORD : Deployments.DEMO_PASSWORD);
    }

    /** A 201 with the created JSON, its numeric id and a Location naming it (docs/api.md Conventions). */
    private JsonObject created(Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        JsonObject json = answer.json();
        long id = json.getJsonNumber("id").longValue();
        assertNotNull(answer.header("Location"), "201 without a Location");
        assertTrue(answer.header("Location").endsWith("/" + id), answer.header("Location") + " does not name " + id);
        return json;
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** The problem+json of RFC 9457 with the fields docs/api.md lists. */
    private static JsonObject problem(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        JsonObject p = answer.json();
        for (String field : List.of("type", "title", "status", "detail", "errors")) {
            assertTrue(p.containsKey(field), "problem without " + field + ": " + p);
        }
        assertEquals(status, p.getInt("status"));
        return p;
    }

    private static void assertListShape(Answer answer, int page, int size) {
        assertEquals(200, answer.status(), answer.body());
        JsonObject list = answer.json();
        assertEquals(Set.of("items", "total", "page", "size"), list.keySet(), list.keySet().toString());
        assertEquals(page, list.getInt("page"));
        assertEquals(size, list.getInt("size"));
        assertTrue(list.getJsonNumber("total").longValue() >= list.getJsonArray("items").size());
    }

    private static void assertFields(JsonObject json, String... fields) {
        for (String field : fields) {
            assertTrue(json.containsKey(field), "answer without " + field + ": " + json);
        }
    }

    @Test
    void theServerServesTheDescriptionTheClientIsGeneratedFrom() {
        Answer description = api.get("/openapi", null, "application/json");
        assertEquals(200, description.status(), description.body());
        JsonObject doc = description.json();
        assertTrue(doc.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearerAuth"));
        assertTrue(doc.getJsonObject("paths").containsKey("/api/v1/court-cases/{id}/hearings"));
        assertEquals("date-time", doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("HearingView")
                .getJsonObject("properties").getJsonObject("scheduledAt").getString("format"));
    }

    @Test
    void programmesAndUsersAreTheAdministratorsAndAnUpdateCarriesItsVersion() {
        String admin = token("admin");
        String code = "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject programme = created(api.post(V1 + "/programmes", admin,
                "{\"code\":\"" + code + "\",\"name\":\"Contract programme\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}"));
        assertEquals(code, programme.getString("code"));
        assertEquals("DIRECT", programme.getString("relationship"));
        problem(api.post(V1 + "/programmes", admin,
                "{\"code\":\"" + code + "\",\"name\":\"Again\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}"), 409);
        assertTrue(api.get(V1 + "/programmes", admin).body().contains("\"" + code + "\""));

        String username = Api.unique("contract.");
        JsonObject user = created(api.post(V1 + "/users", admin, """
                {"username":"%s","password":"a long enough passphrase","roles":["LAWYER"],"programmes":["BD"],"enabled":true}"""
                .formatted(username)));
        assertFalse(user.toString().contains("passphrase") || user.containsKey("password"), "the password never comes back");
        assertEquals(List.of("LAWYER"), user.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        problem(api.post(V1 + "/users", admin, """
                {"username":"%s","password":"a long enough passphrase","roles":["LAWYER"],"programmes":["BD"],"enabled":true}"""
                .formatted(username)), 409);
        long version = user.getJsonNumber("version").longValue();
        String update = """
                {"username":"%s","roles":["LAWYER"],"programmes":["BD","UK"],"enabled":true,"version":%d}""";
        Answer updated = api.put(V1 + "/users/" + id(user), admin, update.formatted(username, version));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(2, updated.json().getJsonArray("programmes").size());
        problem(api.put(V1 + "/users/" + id(user), admin, update.formatted(username, version)), 409);
        assertListShape(api.get(V1 + "/users?page=0&size=50", admin), 0, 50);

        String lawyer = token("lawyer.bd");
        problem(api.get(V1 + "/users", lawyer), 403);
        problem(api.post(V1 + "/programmes", lawyer,
                "{\"code\":\"X" + code + "\",\"name\":\"Not theirs\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}"), 403);
        problem(api.get(V1 + "/users", null), 401);
        problem(api.get(V1 + "/users", "not-a-token"), 401);
    }

    /**
     * Optimistic locking under real concurrency: several editors save the same record at the same moment with the
     * same version. Exactly one wins, every other gets 409 problem+json, the record holds the winner's change, and
     * the winner's answer carries the version the next save needs. Rounds repeat so a lucky interleaving cannot pass.
     */
    @Test
    void editorsSavingOneVersionAtOnceLeaveExactlyOneWinner() throws Exception {
        String admin = token("admin");
        String code = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject programme = created(api.post(V1 + "/programmes", admin,
                "{\"code\":\"" + code + "\",\"name\":\"Race 0\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}"));
        long version = programme.getJsonNumber("version").longValue();
        for (int round = 1; round <= 3; round++) {
            int r = round;
            long v = version;
            JsonObject winner = exactlyOneWins(i -> api.put(V1 + "/programmes/" + id(programme), admin,
                    "{\"code\":\"" + code + "\",\"name\":\"Race " + r + "." + i + "\",\"country\":\"GB\","
                            + "\"relationship\":\"DIRECT\",\"version\":" + v + "}"));
            JsonObject stored = api.get(V1 + "/programmes/" + id(programme), admin).json();
            assertEquals(winner.getString("name"), stored.getString("name"), "the winner's change is the one kept");
            assertTrue(winner.getJsonNumber("version").longValue() > v, "the winner answers with the new version");
            assertEquals(stored.getJsonNumber("version"), winner.getJsonNumber("version"));
            version = winner.getJsonNumber("version").longValue();
        }

        String username = Api.unique("race.");
        JsonObject user = created(api.post(V1 + "/users", admin, """
                {"username":"%s","password":"a long enough passphrase","roles":["LAWYER"],"programmes":["BD"],"enabled":true}"""
                .formatted(username)));
        long userVersion = user.getJsonNumber("version").longValue();
        // Every editor's save must change something: a save of what is already stored writes nothing, so it
        // rightly succeeds without a new version when it happens to commit first.
        String current = "BD";
        for (int round = 1; round <= 3; round++) {
            long v = userVersion;
            String held = current;
            List<String> others = List.of("BD", "UK", "RO", "TH", "IN").stream().filter(p -> !p.equals(held)).toList();
            JsonObject winner = exactlyOneWins(i -> api.put(V1 + "/users/" + id(user), admin, """
                    {"username":"%s","roles":["LAWYER"],"programmes":["%s"],"enabled":true,"version":%d}"""
                    .formatted(username, others.get(i % others.size()), v)));
            userVersion = winner.getJsonNumber("version").longValue();
            assertTrue(userVersion > v);
            current = winner.getJsonArray("programmes").getString(0);
        }

        String trainer = token("trainer");
        JsonObject course = created(api.post(V1 + "/training/courses", trainer,
                "{\"title\":\"" + Api.unique("Race course ") + "\"}"));
        long courseVersion = course.getJsonNumber("version").longValue();
        for (int round = 1; round <= 3; round++) {
            int r = round;
            long v = courseVersion;
            String title = course.getString("title");
            JsonObject winner = exactlyOneWins(i -> api.put(V1 + "/training/courses/" + id(course), trainer,
                    "{\"title\":\"" + title + "\",\"topic\":\"topic " + r + "." + i + "\",\"version\":" + v + "}"));
            courseVersion = winner.getJsonNumber("version").longValue();
            assertTrue(courseVersion > v);
        }
    }

    /** Sends the edits at one moment from as many threads; exactly one is 200, the rest 409 problem+json. */
    private static JsonObject exactlyOneWins(java.util.function.IntFunction<Answer> edit) throws Exception {
        int editors = 6;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        try {
            List<java.util.concurrent.Future<Answer>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int editor = i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return edit.apply(editor);
                }));
            }
            start.countDown();
            List<Answer> answers = new java.util.ArrayList<>();
            for (var f : sent) {
                answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            List<Answer> won = answers.stream().filter(a -> a.status() == 200).toList();
            assertEquals(1, won.size(), () -> "statuses " + answers.stream().map(a -> a.status() + " " + a.body()).toList());
            answers.stream().filter(a -> a.status() != 200).forEach(a -> problem(a, 409));
            return won.get(0).json();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSurvivorIsRecordedReadWithoutIdentityRevealedOnReasonAndAuditedAsReveal() {
        String navigator = token("navigator.uk");
        String legalName = Api.unique("Contract Person ");
        Answer intake = api.post(V1 + "/survivors", navigator, """
                {"programme":"UK","legalName":"%s","gender":"FEMININE","birthYear":1998,"nationality":"AL",
                 "exploitationTypes":["SEXUAL_EXPLOITATION"]}""".formatted(legalName));
        JsonObject survivor = created(intake);
        assertFields(survivor, "id", "reference", "pseudonym");
        assertFalse(intake.body().contains(legalName), "the intake answer carries no identity");
        long id = id(survivor);

        Answer read = api.get(V1 + "/survivors/" + id, navigator);
        assertEquals(200, read.status(), read.body());
        assertFalse(read.json().containsKey("legalName"));
        assertFalse(read.body().contains(legalName), "ordinary reads never carry identities");
        assertEquals("FEMININE", read.json().getString("gender"));

        problem(api.post(V1 + "/survivors/" + id + "/reveal", token("mel"), "{\"reason\":\"curious\"}"), 403);
        Answer revealed = api.post(V1 + "/survivors/" + id + "/reveal", navigator, "{\"reason\":\"arranging a visit\"}");
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(legalName, revealed.json().getString("legalName"));

        // 404 outside scope: the Romanian navigator is never told a UK survivor exists.
        JsonObject hidden = problem(api.get(V1 + "/survivors/" + id, token("navigator.ro")), 404);
        assertEquals(problem(api.get(V1 + "/survivors/999999999", token("navigator.ro")), 404).getString("detail"),
                hidden.getString("detail"), "unknown and out of scope look the same");
        problem(api.get(V1 + "/survivors/" + id, token("trainer")), 403);

        // Each child record as docs/api.md writes it.
        String s = V1 + "/survivors/" + id;
        created(api.post(s + "/removals", navigator, "{\"date\":\"2026-01-10\",\"removedBy\":\"POLICE\"}"));
        created(api.post(s + "/care-episodes", navigator, "{\"start\":\"2026-01-11\",\"end\":null}"));
        created(api.post(s + "/repatriations", navigator,
                "{\"fromCountry\":\"GB\",\"toCountry\":\"AL\",\"arrivalDate\":\"2026-03-01\"}"));
        created(api.post(s + "/follow-ups", navigator, "{\"date\":\"2026-03-15\",\"mode\":\"PHONE\"}"));
        created(api.post(s + "/recovery-assessments", navigator,
                "{\"date\":\"2026-03-16\",\"scores\":{\"SAFETY\":3,\"MENTAL_HEALTH\":2}}"));
        created(api.post(s + "/police-engagements", navigator, "{\"date\":\"2026-03-17\",\"level\":\"ABE_INTERVIEW\"}"));

        // 400 lists every bad field, and a failed request writes nothing.
        JsonObject bad = problem(api.post(V1 + "/survivors", navigator,
                "{\"programme\":\"UK\",\"gender\":\"ROBOT\",\"birthYear\":\"old\",\"exploitationTypes\":[\"NAPPING\"]}"), 400);
        Set<String> fields = bad.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("gender", "birthYear", "exploitationTypes")), fields.toString());
        problem(api.post(s + "/follow-ups", navigator, "{\"date\":\"someday\",\"mode\":\"TELEPATHY\"}"), 400);
        assertListShape(api.get(V1 + "/survivors?page=0&size=50", navigator), 0, 50);
        Answer tooMany = api.get(V1 + "/survivors?size=501", navigator);
        if (tooMany.status() == 200) {
            assertTrue(tooMany.json().getInt("size") <= 500, "size above 500 is capped");
        } else {
            assertEquals(List.of("size"), problem(tooMany, 400).getJsonArray("errors").stream()
                    .map(e -> e.asJsonObject().getString("field")).toList());
        }

        // The audit: ADMIN only, filters in any case, reveals as REVEAL.
        String admin = token("admin");
        problem(api.get(V1 + "/audit", navigator), 403);
        for (String type : List.of("Survivor", "survivor", "SURVIVOR")) {
            Answer audit = api.get(V1 + "/audit?recordType=" + type + "&recordId=" + id + "&action=reveal&size=10", admin);
            assertListShape(audit, 0, 10);
            List<JsonObject> entries = audit.items().stream().map(JsonValue::asJsonObject).toList();
            assertEquals(1, entries.size(), type + ": " + audit.body());
            JsonObject entry = entries.get(0);
            assertFields(entry, "at", "user", "action", "recordType", "recordId", "detail");
            assertEquals("REVEAL", entry.getString("action"));
            assertEquals("navigator.uk", entry.getString("user"));
            assertFalse(entry.toString().contains(legalName), "the audit never holds the identity it guards");
        }
        Answer byUser = api.get(V1 + "/audit?user=Navigator.UK&from=" + LocalDate.now() + "&to=" + LocalDate.now(), admin);
        assertTrue(byUser.items().size() > 0, byUser.body());
    }

    @Test
    void investigationsAndPreventionSessionsAreRecordedAsWritten() {
        String navigator = token("navigator.uk");
        long survivor = id(created(api.post(V1 + "/survivors", navigator,
                "{\"programme\":\"UK\",\"gender\":\"MASCULINE\",\"exploitationTypes\":[\"FORCED_LABOUR\"]}")));
        Answer investigation = api.post(V1 + "/investigations", navigator, """
                {"programme":"UK","policeReference":"%s","survivorIds":[%d],
                 "outcomes":{"furtherVictims":1,"suspects":2,"arrests":1,"linesOfEnquiry":3,"charges":0,
                 "locationsIdentified":2,"locationsChecked":1}}""".formatted(Api.unique("OP/"), survivor));
        assertTrue(investigation.status() == 201 || investigation.status() == 200, investigation.body());
        assertEquals(2, investigation.json().getJsonObject("outcomes").getInt("suspects"), investigation.body());

        String pseudonym = Api.unique("Participant ");
        String session = """
                {"programme":"BD","date":"2026-10-01","topic":"Safe migration",
                 "participants":[{"pseudonym":"%s","gender":"FEMININE","birthYear":2004}]}""".formatted(pseudonym);
        String bd = token("aftercare.bd");
        created(api.post(V1 + "/prevention/sessions", bd, session));
        created(api.post(V1 + "/prevention/sessions", bd, session.replace("2026-10-01", "2026-10-08")));
        problem(api.post(V1 + "/prevention/sessions", navigator, session), 404);
    }

    @Test
    void aCourtCaseRunsThroughHearingsWitnessesAndVerdictsAsWritten() {
        String lawyer = token("lawyer.bd");
        long victim = id(created(api.post(V1 + "/survivors", token("aftercare.bd"),
                "{\"programme\":\"BD\",\"gender\":\"FEMININE\",\"exploitationTypes\":[\"SEXUAL_EXPLOITATION\"]}")));
        String caseNumber = Api.unique("ST ");
        String court = Api.unique("Contract Tribunal ");
        String body = """
                {"programme":"BD","caseNumber":"%s","court":"%s","district":"Jessore","filedOn":"2024-03-01",
                 "supportStart":"2024-03-02","supportEnd":null,"offences":["PSHTA 2012 s.6"],"victimSurvivorIds":[%d]}""";
        JsonObject courtCase = created(api.post(V1 + "/court-cases", lawyer, body.formatted(caseNumber, court, victim)));
        assertEquals(court, courtCase.getString("court"));
        long caseId = id(courtCase);
        problem(api.post(V1 + "/court-cases", lawyer, body.formatted(caseNumber, court.toLowerCase(), victim)), 409);
        problem(api.get(V1 + "/court-cases/" + caseId, token("lawyer.uk")), 404);
        assertListShape(api.get(V1 + "/court-cases?page=1&size=5", lawyer), 1, 5);
        String c = V1 + "/court-cases/" + caseId;

        long accused = id(created(api.post(c + "/accused", lawyer, "{\"alias\":\"Accused One\",\"arrestedOn\":\"2024-03-03\"}")));
        long other = id(created(api.post(c + "/accused", lawyer, "{\"alias\":\"Accused Two\",\"arrestedOn\":null}")));

        // Witnesses first: the attendance of a hearing is planned for the witnesses the case has when it is listed.
        JsonObject victimWitness = created(api.post(c + "/witnesses", lawyer,
                "{\"role\":\"VICTIM\",\"survivorId\":" + victim + ",\"needs\":[\"TRANSPORT\",\"ESCORT\"]}"));
        JsonObject police = created(api.post(c + "/witnesses", lawyer,
                "{\"role\":\"POLICE\",\"name\":\"SI Rahman\",\"phone\":\"+8801700000000\",\"needs\":[]}"));
        assertEquals("POLICE", police.getString("role"));

        // Hearings: an offset, a Z, or the court's own time; the answer always carries the offset (Dhaka, +06:00).
        LocalDate today = LocalDate.now();
        JsonObject withOffset = created(api.post(c + "/hearings", lawyer,
                "{\"scheduledAt\":\"" + today.plusDays(30) + "T10:00:00+06:00\",\"purpose\":\"WITNESS_EXAMINATION\"}"));
        assertEquals(today.plusDays(30) + "T10:00:00+06:00", withOffset.getString("scheduledAt"));
        JsonObject withZ = created(api.post(c + "/hearings", lawyer,
                "{\"scheduledAt\":\"" + today.plusDays(31) + "T04:30:00Z\",\"purpose\":\"MENTION\"}"));
        assertEquals(today.plusDays(31) + "T10:30:00+06:00", withZ.getString("scheduledAt"), "the same instant, court time");
        JsonObject bare = created(api.post(c + "/hearings", lawyer,
                "{\"scheduledAt\":\"" + today + "T09:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}"));
        assertEquals(OffsetDateTime.parse(today + "T09:00:00+06:00"), OffsetDateTime.parse(bare.getString("scheduledAt")));
        JsonObject badHearing = problem(api.post(c + "/hearings", lawyer, "{\"scheduledAt\":\"next week\"}"), 400);
        assertEquals(Set.of("scheduledAt", "purpose"), badHearing.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()));

        // The attendance plan, attendance on the day and the task queue.
        long hearing = id(bare);
        Answer plan = api.get(V1 + "/hearings/" + hearing + "/attendance-plan", lawyer);
        assertEquals(200, plan.status(), plan.body());
        assertFields(plan.json(), "hearing", "witnesses");
        assertEquals(2, plan.json().getJsonArray("witnesses").size(), plan.body());
        Answer attendance = api.put(V1 + "/hearings/" + hearing + "/attendance", lawyer,
                "[{\"witnessId\":" + id(victimWitness) + ",\"attended\":true}]");
        assertEquals(200, attendance.status(), attendance.body());
        Answer tasks = api.get(V1 + "/witness-tasks?dueBy=" + today.plusDays(30), lawyer);
        assertEquals(200, tasks.status(), tasks.body());

        // The outcome exactly as docs/api.md writes it (no witnessRole): taken, with a data-quality note.
        String outcome = "{\"held\":false,\"adjournmentReason\":\"WITNESS_ABSENT\",\"nextDate\":\""
                + today.plusDays(14) + "\"}";
        problem(api.put(V1 + "/hearings/" + hearing + "/outcome", lawyer,
                outcome.replace("}", ",\"version\":" + (bare.getInt("version") + 7) + "}")), 409);
        Answer adjourned = api.put(V1 + "/hearings/" + hearing + "/outcome", lawyer, outcome);
        assertEquals(200, adjourned.status(), adjourned.body());
        assertEquals("ADJOURNED", adjourned.json().getString("outcome"));
        assertNotNull(adjourned.json().get("nextHearingId"));
        assertTrue(adjourned.json().getJsonArray("dataQuality").getString(0).startsWith("witnessRole"));
        JsonObject next = api.get(c, lawyer).json();
        assertEquals(today.plusDays(14) + "T09:00:00+06:00", next.getString("nextHearingAt"),
                "the next setting at the same court time, with its offset");
        String yesterday = today.minusDays(1).toString();

        // Verdicts: the contract's body, and an acquittal without the reason docs/api.md does not name.
        Answer convicted = api.post(c + "/accused/" + accused + "/verdict", lawyer,
                "{\"date\":\"" + yesterday + "\",\"outcome\":\"CONVICTED\",\"sentence\":\"10 years\",\"compensation\":50000}");
        assertEquals(200, convicted.status(), convicted.body());
        assertEquals("CONVICTED", convicted.json().getString("verdict"));
        Answer acquitted = api.post(c + "/accused/" + other + "/verdict", lawyer,
                "{\"date\":\"" + yesterday + "\",\"outcome\":\"ACQUITTED\",\"sentence\":null,\"compensation\":null}");
        assertEquals(200, acquitted.status(), acquitted.body());
        assertEquals(JsonValue.NULL, acquitted.json().getOrDefault("verdictReason", JsonValue.NULL),
                "an acquittal without a reason has none");
        assertFalse(acquitted.json().getJsonArray("dataQuality").isEmpty());
        problem(api.post(c + "/accused/" + other + "/verdict", lawyer,
                "{\"date\":\"" + yesterday + "\",\"outcome\":\"CONVICTED\"}"), 409);
        problem(api.post(c + "/accused", token("trainer"), "{\"alias\":\"X\"}"), 403);
        // Someone who may not write is refused for who they are, before anything they sent is judged.
        problem(api.post(c + "/accused", token("trainer"), "{}"), 403);
        problem(api.post(c + "/witnesses", token("trainer"), "{}"), 403);
        problem(api.post(V1 + "/court-cases", token("navigator.uk"), "{}"), 403);
        problem(api.post(V1 + "/survivors", token("trainer"), "{}"), 403);
        problem(api.post(V1 + "/survivors/" + victim + "/follow-ups", token("trainer"), "{}"), 403);
        problem(api.post(V1 + "/training/sessions", token("navigator.uk"), "{}"), 403);
        problem(api.post(V1 + "/users", token("navigator.uk"), "{}"), 403);
    }

    @Test
    void trainingSessionsTakeACourseByNameCreatedOnFirstUse() {
        String trainer = token("trainer");
        String course = Api.unique("Contract course ");
        String session = """
                {"programme":"UK","course":"%s","date":"2026-11-20","location":"Leeds","trainer":"A. Trainer",
                 "audience":"POLICE"}""";
        JsonObject first = created(api.post(V1 + "/training/sessions", trainer, session.formatted(course)));
        assertEquals(course, first.getString("course"));
        JsonObject second = created(api.post(V1 + "/training/sessions", trainer, session.formatted(course.toUpperCase())));
        assertEquals(first.getJsonNumber("courseId"), second.getJsonNumber("courseId"), "found again, whatever the case");
        JsonObject byId = created(api.post(V1 + "/training/sessions", trainer, """
                {"programme":"UK","courseId":%s,"date":"2026-11-21","location":"Leeds"}""".formatted(first.getJsonNumber("courseId"))));
        assertEquals(course, byId.getString("course"));
        assertEquals(1, api.get(V1 + "/training/courses", trainer).array().stream()
                .filter(v -> v.asJsonObject().getString("title").equalsIgnoreCase(course)).count());
        JsonObject bad = problem(api.post(V1 + "/training/sessions", trainer,
                "{\"programme\":\"NOPE\",\"course\":\"" + Api.unique("Never made ") + "\",\"location\":\"Leeds\"}"), 400);
        assertEquals(Set.of("programme", "date"), bad.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()));

        String attendee = """
                {"name":"%s","organisation":"West Yorkshire Police","profession":"POLICE","email":"%s@example.org",
                 "completed":true,"preScore":40,"postScore":80}""";
        String name = Api.unique("Officer ");
        JsonObject added = created(api.post(V1 + "/training/sessions/" + id(first) + "/attendees", trainer,
                attendee.formatted(name, name.replace(" ", ""))));
        JsonObject again = created(api.post(V1 + "/training/sessions/" + id(second) + "/attendees", trainer,
                attendee.formatted(name, name.replace(" ", ""))));
        assertEquals(added.getJsonNumber("professionalId"), again.getJsonNumber("professionalId"), "one professional");
        assertListShape(api.get(V1 + "/training/sessions?page=0&size=20", trainer), 0, 20);
    }

    @Test
    void advocacyTakesStakeholdersAndCampaignsByNameCreatedOnFirstUse() {
        String advocacy = token("advocacy");
        String campaign = Api.unique("Contract campaign ");
        String stakeholder = Api.unique("Contract MP ");
        JsonObject engagement = created(api.post(V1 + "/advocacy/engagements", advocacy, """
                {"date":"2026-11-10","country":"GB","stakeholder":"%s","stakeholderType":"MP","campaign":"%s",
                 "type":"MEETING","summary":"Discussed the victim support bill"}""".formatted(stakeholder, campaign)));
        long campaignId = engagement.getJsonNumber("campaign").longValue();
        JsonObject second = created(api.post(V1 + "/advocacy/engagements", advocacy, """
                {"date":"2026-11-11","country":"GB","stakeholder":"%s","stakeholderType":"MP","campaign":"%s",
                 "type":"LETTER","summary":"Followed up in writing"}""".formatted(stakeholder.toUpperCase(), campaign.toUpperCase())));
        assertEquals(campaignId, second.getJsonNumber("campaign").longValue(), "the campaign is found again");
        JsonObject outcome = created(api.post(V1 + "/advocacy/outcomes", advocacy, """
                {"date":"2026-11-12","campaign":"%s","description":"The minister committed to a review",
                 "significance":"HIGH","contribution":"MAJOR","evidenceUrl":"https://example.org/hansard"}"""
                .formatted(campaign.toLowerCase())));
        assertEquals(campaignId, outcome.getJsonNumber("campaign").longValue());
        assertEquals(1, api.get(V1 + "/advocacy/campaigns", advocacy).array().stream()
                .filter(v -> v.asJsonObject().getString("title").equalsIgnoreCase(campaign)).count());
        JsonObject bad = problem(api.post(V1 + "/advocacy/outcomes", advocacy,
                "{\"campaign\":\"" + campaign + "\",\"significance\":\"HUGE\",\"contribution\":\"MAJOR\"}"), 400);
        assertEquals(Set.of("date", "description", "significance"), bad.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(Collectors.toSet()));
        problem(api.post(V1 + "/advocacy/engagements", token("navigator.uk"), "{}"), 403);
    }

    @Test
    void theHeadlineReportAndTheImportsAnswerAsWritten() throws Exception {
        Answer report = api.get(V1 + "/reports/headline?from=2021-03-01&to=2021-08-31&compareFrom=2020-03-01&compareTo=2020-08-31",
                token("mel"));
        assertEquals(200, report.status(), report.body());
        assertEquals("2021-03-01", report.json().getJsonObject("period").getString("from"));
        assertEquals("2020-08-31", report.json().getJsonObject("comparison").getString("to"));
        JsonObject cared = report.json().getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("code").equals("SURVIVORS_CARED_FOR")).findFirst().orElseThrow();
        assertFields(cared, "code", "label", "direct", "directPrevious", "directChangePct", "inclFundedJointOps", "byProgramme");
        assertEquals(473, cared.getInt("direct"));
        problem(api.get(V1 + "/reports/headline?from=yesterday&to=2021-08-31", token("mel")), 400);

        String bd = token("aftercare.bd");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        byte[] template = HtcdsFiles.filled(List.of(Map.of("prs_FirstName", "Contract" + tag, "prs_SecondName", "Person",
                "prs_Birthdate", "2000-02-02", "prs_Gender", "Feminine", "prs_Citizenship", "Bangladesh",
                "con_Consent", "Yes", "vic_TypeOfExploitation", "Forced labour", "cas_Status", "Active",
                "cas_IncomingReferralDate", "2021-04-02")));
        Answer imported = api.upload(V1 + "/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, template);
        assertEquals(200, imported.status(), imported.body());
        assertFields(imported.json(), "created", "updated", "rejected");
        assertEquals(1, imported.json().getInt("created"));
        Answer resent = api.upload(V1 + "/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, template);
        assertEquals(0, resent.json().getInt("created"), "a person already held is matched, not duplicated");

        String csv = "programme,court,district,caseNumber,filedOn,stage,offences\n"
                + "BD,Contract Import Court " + tag + ",Jessore,IMP " + tag + ",2023-01-05,FIR,PSHTA 2012 s.6\n"
                + "BD,Contract Import Court " + tag + ",Jessore,,not-a-date,FIR,\n";
        String lawyer = token("lawyer.bd");
        Answer cases = api.upload(V1 + "/imports/court-cases", lawyer, "text/csv", csv.getBytes());
        assertEquals(200, cases.status(), cases.body());
        assertEquals(1, cases.json().getInt("created"), cases.body());
        assertEquals(3, cases.json().getJsonArray("rejected").getJsonObject(0).getInt("line"), "the bad line, by line");
        Answer casesAgain = api.upload(V1 + "/imports/court-cases", lawyer, "text/csv", csv.getBytes());
        assertEquals(0, casesAgain.json().getInt("created"), "re-sending the same file creates nothing new");
    }
}
