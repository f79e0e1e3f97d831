package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

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
 * The field app's server half (issue 34) through the contract alone: a device enrolled by a signed-in navigator takes
 * its caseload offline without an identity in it, and brings back what was done without a signal, each action
 * applied exactly once however the batch arrives (twice, cut off and sent again, two copies at once); refusals name
 * their fields, a changed file is a conflict, a revoked device is told to wipe itself and what it sends is kept.
 */
@ExtendWith(ArquillianExtension.class)
class FieldSyncIT {

    private static final String PASSWORD = "a perfectly fine passphrase";

    @ArquillianResource
    private URL base;

    private Api api;
    private String navigator;
    private long survivor;
    private String legalName;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void aNavigatorWithACase() {
        Deployments.awaitReady(base);
        api = new Api(base);
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        String username = "navigator." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.post("/api/v1/users", admin, """
                {"username":"%s","password":"%s","roles":["CASEWORKER"],"programmes":["BD"]}"""
                .formatted(username, PASSWORD)).status());
        navigator = api.token(username, PASSWORD);
        legalName = Api.unique("Canary Begum ");
        Answer created = api.post("/api/v1/survivors", navigator, """
                {"programme":"BD","legalName":"%s","phone":"+8801711000000","gender":"FEMININE","birthYear":2001,
                 "exploitationTypes":["FORCED_LABOUR"]}""".formatted(legalName));
        assertEquals(201, created.status(), created.body());
        survivor = created.json().getJsonNumber("id").longValue();
    }

    private String enrol(String name) {
        Answer enrolled = api.post("/api/v1/devices", navigator, "{\"name\":\"" + name + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        return enrolled.json().getString("credential");
    }

    private static String followUp(String id, LocalDate date, String mode) {
        return """
                {"id":"%s","type":"FOLLOW_UP","capturedAt":"%s","data":{"survivorId":%%d,"date":"%s","mode":"%s",
                 "note":"called from the field"}}""".formatted(id, OffsetDateTime.now(ZoneOffset.ofHours(6)), date, mode);
    }

    private String batch(List<String> actions) {
        return "{\"actions\":[" + String.join(",", actions).replace("%d", Long.toString(survivor)) + "]}";
    }

    private List<JsonObject> results(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("results").stream().map(JsonValue::asJsonObject).toList();
    }

    private long followUps() {
        return api.get("/api/v1/survivors/" + survivor + "/timeline", navigator).array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("kind").equals("FOLLOW_UP")).count();
    }

    @Test
    void aDeviceTakesItsCaseloadWithoutIdentitiesAndEachActionArrivesExactlyOnce() throws Exception {
        String device = enrol("Rahima's phone");
        Answer offline = api.get("/api/v1/sync", device);
        assertEquals(200, offline.status(), offline.body());
        assertTrue(offline.json().getJsonObject("sections").getJsonArray("caseload").stream()
                .map(JsonValue::asJsonObject).anyMatch(c -> c.getJsonNumber("id").longValue() == survivor
                        && c.containsKey("pseudonym") && c.containsKey("version")), offline.body());
        assertFalse(offline.body().contains(legalName) || offline.body().contains("8801711000000"),
                "no identity reaches a device");
        assertEquals(403, api.get("/api/v1/survivors/" + survivor, device).status(), "a device credential opens /sync only");

        List<String> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(followUp(UUID.randomUUID().toString(), LocalDate.now().minusDays(i % 5), "PHONE"));
        }
        twenty.add("""
                {"id":"%s","type":"CASE_NOTE","capturedAt":"%s","data":{"survivorId":%%d,"date":"%s","text":"Needs a lawyer"}}"""
                .formatted(UUID.randomUUID(), OffsetDateTime.now(), LocalDate.now()));
        List<JsonObject> first = results(api.post("/api/v1/sync", device, batch(twenty)));
        assertEquals(21, first.size());
        assertTrue(first.stream().allMatch(r -> r.getString("result").equals("APPLIED")), first.toString());
        assertEquals(20, followUps());

        List<JsonObject> again = results(api.post("/api/v1/sync", device, batch(twenty)));
        assertEquals(first.stream().map(r -> r.getJsonNumber("recordId")).toList(),
                again.stream().map(r -> r.getJsonNumber("recordId")).toList(), "the same records, answered again");
        assertEquals(20, followUps(), "the same batch twice creates nothing new");

        List<String> next = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            next.add(followUp(UUID.randomUUID().toString(), LocalDate.now(), "IN_PERSON"));
        }
        results(api.post("/api/v1/sync", device, batch(next.subList(0, 4)))); // the signal went after four
        CompletableFuture<Answer> copy = CompletableFuture.supplyAsync(() -> api.post("/api/v1/sync", device, batch(next)));
        List<JsonObject> whole = results(api.post("/api/v1/sync", device, batch(next)));
        assertTrue(whole.stream().allMatch(r -> r.getString("result").equals("APPLIED")), whole.toString());
        assertTrue(results(copy.get()).stream().allMatch(r -> r.getString("result").equals("APPLIED")));
        assertEquals(30, followUps(), "cut off, sent again, and twice at once: each action once");

        String id = twenty.get(0).substring(7, 43);
        List<JsonObject> trail = api.get("/api/v1/audit?action=SYNC&recordType=follow-up&recordId="
                + first.get(0).getJsonNumber("recordId"), api.token("admin", Deployments.ADMIN_PASSWORD)).items()
                .stream().map(JsonValue::asJsonObject).toList();
        assertEquals(1, trail.size(), "applied once, audited once: " + trail);
        assertTrue(trail.get(0).getString("detail").contains(id) && trail.get(0).getString("detail").contains("captured"),
                "the audit has the device, the capture and the arrival of each action: " + trail);
        Answer devices = api.get("/api/v1/devices", navigator);
        assertNotNull(devices.array().getJsonObject(0).getString("lastSyncAt", null), devices.body());
    }

    @Test
    void aRefusedActionNamesItsFieldsAndTheFixedActionIsAppliedUnderItsId() {
        String device = enrol("Trainer's laptop");
        String id = UUID.randomUUID().toString();
        List<JsonObject> refused = results(api.post("/api/v1/sync", device,
                batch(List.of(followUp(id, LocalDate.now().plusDays(3), "BICYCLE")))));
        assertEquals("REFUSED", refused.get(0).getString("result"));
        assertEquals(List.of("mode"), refused.get(0).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList(), "codes are checked before the rules");
        List<JsonObject> stillRefused = results(api.post("/api/v1/sync", device,
                batch(List.of(followUp(id, LocalDate.now().plusDays(3), "PHONE")))));
        assertEquals(List.of("date"), stillRefused.get(0).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList(), "a follow-up is not in the future");
        assertEquals(0, followUps(), "a refused action writes nothing");
        List<JsonObject> fixed = results(api.post("/api/v1/sync", device,
                batch(List.of(followUp(id, LocalDate.now(), "PHONE")))));
        assertEquals("APPLIED", fixed.get(0).getString("result"));
        assertEquals(1, followUps());
    }

    @Test
    void aRescheduleFromAnOutdatedFileIsAConflictTheNavigatorResolves() {
        String device = enrol("Office tablet");
        long version = api.get("/api/v1/sync", device).json().getJsonObject("sections").getJsonArray("caseload")
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("id").longValue() == survivor)
                .findFirst().orElseThrow().getJsonNumber("version").longValue();
        // Meanwhile a colleague logs a visit at the office, which moves the next contact.
        assertEquals(201, api.post("/api/v1/survivors/" + survivor + "/follow-ups", navigator, """
                {"date":"%s","mode":"IN_PERSON","nextDue":"%s"}""".formatted(LocalDate.now(), LocalDate.now().plusDays(14)))
                .status());
        String mine = LocalDate.now().plusDays(3).toString();
        String reschedule = """
                {"id":"%s","type":"NEXT_DUE","recordId":%d,"version":%d,"capturedAt":"%s","data":{"nextDue":"%s"}}""";
        JsonObject conflict = results(api.post("/api/v1/sync", device, batch(List.of(reschedule.formatted(
                UUID.randomUUID(), survivor, version, OffsetDateTime.now(), mine))))).get(0);
        assertEquals("CONFLICT", conflict.getString("result"), conflict.toString());
        JsonObject server = conflict.getJsonObject("server");
        assertEquals(LocalDate.now().plusDays(14).toString(), server.getString("nextDue"), "both versions side by side");
        assertEquals(LocalDate.now().plusDays(14).toString(), nextDue(), "nothing was overwritten");

        // The navigator keeps theirs: the same change, from the server's version.
        JsonObject kept = results(api.post("/api/v1/sync", device, batch(List.of(reschedule.formatted(
                UUID.randomUUID(), survivor, server.getJsonNumber("version").longValue(), OffsetDateTime.now(), mine)))))
                .get(0);
        assertEquals("APPLIED", kept.getString("result"), kept.toString());
        assertEquals(mine, nextDue());
    }

    @Test
    void aRevokedDeviceIsToldToWipeItselfAndWhatItSendsIsKeptNotApplied() {
        String device = enrol("Lost phone");
        long id = api.get("/api/v1/devices", navigator).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("name").equals("Lost phone")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, api.send("DELETE", "/api/v1/devices/" + id, navigator, "").status());

        Answer contact = api.get("/api/v1/sync", device);
        assertEquals(410, contact.status(), contact.body());
        assertTrue(contact.json().getBoolean("wipe"));
        Answer sent = api.post("/api/v1/sync", device, batch(List.of(followUp(UUID.randomUUID().toString(),
                LocalDate.now(), "PHONE"))));
        assertEquals(410, sent.status());
        assertEquals(0, followUps(), "never applied");
        JsonObject listed = api.get("/api/v1/devices", navigator).array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertNotNull(listed.getString("revokedAt", null));
        assertEquals(1, listed.getInt("quarantinedBatches"), "kept for an administrator to look at");
    }

    /**
     * The witness team takes its fortnight of calls offline, by witness label and never a name or a number, and
     * records a call from a village with no signal; sent twice, it is recorded once.
     */
    @Test
    void theWitnessTeamTakesItsCallsOfflineAndACallRecordedWithoutSignalIsRecordedOnce() {
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        String username = "lawyer." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.post("/api/v1/users", admin, """
                {"username":"%s","password":"%s","roles":["LAWYER"],"programmes":["BD"]}"""
                .formatted(username, PASSWORD)).status());
        String lawyer = api.token(username, PASSWORD);
        Answer opened = api.post("/api/v1/court-cases", lawyer, """
                {"programme":"BD","caseNumber":"%s","court":"Tribunal 2, Jessore","district":"Jessore","filedOn":"2024-01-10",
                 "supportStart":"2024-01-10","offences":["PSHTA 2012 s.6"]}""".formatted(Api.unique("Sync-")));
        assertEquals(201, opened.status(), opened.body());
        long caseId = opened.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyer, "{\"scheduledAt\":\""
                + LocalDate.now().plusDays(6) + "T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").status());
        Answer witness = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyer,
                "{\"role\":\"POLICE\",\"name\":\"SI Sultana Akter\",\"phone\":\"+880 1713-998877\"}");
        assertEquals(201, witness.status(), witness.body());
        long witnessId = witness.json().getJsonNumber("id").longValue();

        Answer device = api.post("/api/v1/devices", lawyer, "{\"name\":\"Witness team phone\"}");
        String credential = device.json().getString("credential");
        Answer offline = api.get("/api/v1/sync", credential);
        assertEquals(200, offline.status(), offline.body());
        assertFalse(offline.body().contains("Sultana") || offline.body().contains("998877"), "no name, no number");
        JsonObject call = offline.json().getJsonObject("sections").getJsonArray("calls").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("witnessId").longValue() == witnessId)
                .findFirst().orElseThrow(() -> new AssertionError("the call is offline: " + offline.body()));
        assertEquals("Police witness 1", call.getString("witness"));

        String recorded = """
                {"id":"%s","type":"WITNESS_CALL","capturedAt":"%s","data":{"taskId":%d,"result":"CONFIRMED",
                 "note":"will come by bus"}}""".formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(6)),
                call.getJsonNumber("taskId").longValue());
        List<JsonObject> first = results(api.post("/api/v1/sync", credential, batch(List.of(recorded))));
        assertEquals("APPLIED", first.get(0).getString("result"), first.toString());
        results(api.post("/api/v1/sync", credential, batch(List.of(recorded))));
        assertEquals(1, api.get("/api/v1/audit?action=SYNC&recordType=witness-task&recordId="
                + call.getJsonNumber("taskId"), admin).json().getInt("total"), "recorded once");
        assertTrue(api.get("/api/v1/sync", credential).json().getJsonObject("sections").getJsonArray("calls").stream()
                .map(JsonValue::asJsonObject).noneMatch(c -> c.getJsonNumber("taskId").equals(call.getJsonNumber("taskId"))),
                "a confirmed witness is not called again");
    }

    /**
     * A trainer takes the month's sessions offline with the attendees expected (no e-mail or phone), and takes
     * attendance in a police lines without signal: each attendee once, a bad score named against its field.
     */
    @Test
    void aTrainerTakesAttendanceOfflineAndEachAttendeeArrivesOnce() {
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        String username = "trainer." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, api.post("/api/v1/users", admin, """
                {"username":"%s","password":"%s","roles":["TRAINER"],"programmes":["BD"]}"""
                .formatted(username, PASSWORD)).status());
        String trainer = api.token(username, PASSWORD);
        String title = Api.unique("Identifying victims at the border ");
        assertEquals(201, api.post("/api/v1/training/courses", trainer, "{\"title\":\"" + title
                + "\",\"scoreMin\":0,\"scoreMax\":20}").status());
        Answer created = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"BD\",\"course\":\"" + title
                + "\",\"date\":\"" + LocalDate.now().plusDays(3) + "\",\"location\":\"Police lines, Satkhira\"}");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/v1/training/sessions/" + session + "/attendees", trainer, """
                {"name":"SI Nasrin Akter","organisation":"Satkhira Police","profession":"POLICE",
                 "email":"nasrin.%s@police.example.org"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
                .status());

        String credential = api.post("/api/v1/devices", trainer, "{\"name\":\"Training laptop\"}").json()
                .getString("credential");
        Answer offline = api.get("/api/v1/sync", credential);
        JsonObject listed = offline.json().getJsonObject("sections").getJsonArray("sessions").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getJsonNumber("id").longValue() == session).findFirst()
                .orElseThrow(() -> new AssertionError("the session is offline: " + offline.body()));
        assertEquals("SI Nasrin Akter", listed.getJsonArray("attendees").getJsonObject(0).getString("name"));
        assertFalse(offline.body().contains("police.example.org"), "no e-mail leaves for a device");

        String attendee = """
                {"id":"%s","type":"ATTENDANCE","capturedAt":"%s","data":{"sessionId":%d,"name":"ASI Rubel Hossain",
                 "organisation":"Satkhira Police","profession":"POLICE","completed":true,"preScore":%s,"postScore":17}}""";
        JsonObject refused = results(api.post("/api/v1/sync", credential, batch(List.of(attendee.formatted(
                UUID.randomUUID(), OffsetDateTime.now(), session, "\"eight\""))))).get(0);
        assertEquals("REFUSED", refused.getString("result"));
        assertEquals("preScore", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        String good = attendee.formatted(UUID.randomUUID(), OffsetDateTime.now(), session, "8");
        assertEquals("APPLIED", results(api.post("/api/v1/sync", credential, batch(List.of(good)))).get(0)
                .getString("result"));
        assertEquals("APPLIED", results(api.post("/api/v1/sync", credential, batch(List.of(good)))).get(0)
                .getString("result"), "sent again: applied, once");
        assertEquals(2, api.get("/api/v1/training/sessions/" + session + "/attendees", trainer).array().size());
    }

    private String nextDue() {
        return api.get("/api/v1/survivors/" + survivor, navigator).json().getString("nextDueOn");
    }
}
