package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Court case tracking on the packaged WAR: the 2021 report's court figures from the demo data, a lawyer's work
 * from opening a case to an adjourned hearing and a verdict, the rules that keep records straight, scope, and
 * what courts tell casework (legal hold, a lawyer's sight of a victim's identity).
 */
@ExtendWith(ArquillianExtension.class)
class CourtsIT {

    @ArquillianResource
    private URL base;

    private Api api;
    private String lawyerBd;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void signIn() {
        Deployments.awaitReady(base);
        api = new Api(base);
        lawyerBd = api.token("lawyer.bd", Deployments.DEMO_PASSWORD);
    }

    private String token(String user) {
        return user.equals("admin") ? api.token("admin", Deployments.ADMIN_PASSWORD) : api.token(user, Deployments.DEMO_PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject openCase(String caseNumber, String court, String filedOn, String extra) {
        Answer created = api.post("/api/v1/court-cases", lawyerBd, """
                {"programme":"BD","caseNumber":"%s","court":"%s","district":"Jessore","filedOn":"%s",
                 "supportStart":"%s","offences":["PSHTA 2012 s.6"]%s}""".formatted(caseNumber, court, filedOn, filedOn, extra));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void theDemoDataReproducesThe2021ReportsCourtFigures() {
        JsonObject report = api.get("/api/v1/reports/headline?from=2021-03-01&to=2021-08-31", token("mel")).json();
        Map<String, JsonObject> lines = new HashMap<>();
        report.getJsonArray("indicators").forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        assertLine(lines.get("ACCUSED_ARRESTED"), 55, 55, Map.of("UK", 39, "BD", 16, "TH", 5, "IN", 0));
        assertLine(lines.get("PROSECUTIONS_SUPPORTED"), 164, 331, Map.of("UK", 1, "BD", 163, "TH", 8, "IN", 167));
        assertEquals(18, lines.get("PROSECUTIONS_SUPPORTED").getInt("directPrevious"));
        assertLine(lines.get("EXPLOITERS_CONVICTED"), 1, 1, Map.of("UK", 1, "BD", 0, "TH", 6, "IN", 0));
        assertEquals(0, lines.get("EXPLOITERS_CONVICTED").getInt("directPrevious"));
        assertTrue(lines.get("EXPLOITERS_CONVICTED").isNull("directChangePct"), "0 → 1 is 'new', not +100%");
    }

    private static void assertLine(JsonObject line, int direct, int inclFunded, Map<String, Integer> byProgramme) {
        assertEquals(direct, line.getInt("direct"), line.toString());
        assertEquals(inclFunded, line.getInt("inclFundedJointOps"), line.toString());
        byProgramme.forEach((p, n) -> assertEquals(n, line.getJsonObject("byProgramme").getInt(p), p + " " + line));
    }

    @Test
    void aLawyerRecordsAnAdjournedHearingAndTheNextOneIsBooked() {
        String number = unique("Tr. ");
        String court = unique("Tribunal ");
        JsonObject c = openCase(number, court, "2023-02-01", "");
        long id = c.getJsonNumber("id").longValue();
        assertEquals("FIR", c.getString("stage"));
        assertEquals(409, api.post("/api/v1/court-cases", lawyerBd, """
                {"programme":"BD","caseNumber":"%s","court":"%s","filedOn":"2023-02-01"}"""
                .formatted(number, court.toUpperCase())).status(), "same number in the same court, whatever the case");

        assertEquals(List.of("scheduledAt"), api.post("/api/v1/court-cases/" + id + "/hearings", lawyerBd,
                "{\"scheduledAt\":\"2023-01-31T10:00:00\",\"purpose\":\"MENTION\"}").badFields());
        String yesterday = LocalDate.now().minusDays(1).toString();
        JsonObject hearing = api.post("/api/v1/court-cases/" + id + "/hearings", lawyerBd,
                "{\"scheduledAt\":\"" + yesterday + "T10:30:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json();
        String outcome = "/api/v1/hearings/" + hearing.getJsonNumber("id") + "/outcome";

        assertEquals(List.of("witnessRole"), api.put(outcome, lawyerBd,
                "{\"held\":false,\"adjournmentReason\":\"WITNESS_ABSENT\",\"nextDate\":\"" + LocalDate.now().plusDays(20) + "\"}").badFields());
        assertEquals(List.of("nextDate"), api.put(outcome, lawyerBd,
                "{\"held\":false,\"adjournmentReason\":\"JUDGE_UNAVAILABLE\",\"nextDate\":\"2023-01-01\"}").badFields());
        assertEquals(409, api.put(outcome, lawyerBd, "{\"held\":false,\"adjournmentReason\":\"JUDGE_UNAVAILABLE\","
                + "\"nextDate\":\"" + LocalDate.now().plusDays(20) + "\",\"version\":99}").status(), "stale version");

        String next = LocalDate.now().plusDays(21).toString();
        Answer adjourned = api.put(outcome, lawyerBd, "{\"held\":false,\"adjournmentReason\":\"WITNESS_ABSENT\","
                + "\"witnessRole\":\"VICTIM\",\"nextDate\":\"" + next + "\",\"version\":" + hearing.getJsonNumber("version") + "}");
        assertEquals(200, adjourned.status(), adjourned.body());
        assertEquals("ADJOURNED", adjourned.json().getString("outcome"));
        assertEquals(409, api.put(outcome, lawyerBd, "{\"held\":true}").status(), "an outcome is recorded once");

        JsonObject detail = api.get("/api/v1/court-cases/" + id, lawyerBd).json();
        assertEquals(next + "T10:30:00", detail.getString("nextHearingAt").substring(0, 19));
        assertEquals(2, detail.getJsonArray("hearings").size());
        JsonObject row = api.get("/api/v1/court-cases?programme=BD&caseNumber=" + number.replace(" ", "%20"), lawyerBd)
                .items().getJsonObject(0);
        assertEquals("WITNESS_ABSENT", row.getString("lastAdjournmentReason"));
        assertEquals(next, row.getString("nextHearingAt").substring(0, 10));

        List<JsonObject> diary = api.get("/api/v1/hearings?from=" + next + "&to=" + next, lawyerBd).array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertTrue(diary.stream().anyMatch(h -> h.getJsonNumber("caseId").longValue() == id), "the calendar shows it");
    }

    @Test
    void stagesMoveForwardAndVerdictsDisposeTheCase() {
        long id = openCase(unique("Tr. "), "Tribunal 1, Jessore", "2022-05-10", "").getJsonNumber("id").longValue();
        String stages = "/api/v1/court-cases/" + id + "/stages";
        assertEquals(200, api.post(stages, lawyerBd, "{\"stage\":\"CHARGE_SHEET\",\"date\":\"2022-09-01\"}").status());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"INVESTIGATION\",\"date\":\"2022-10-01\"}").badFields());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"TRIAL\",\"date\":\"2022-10-01\"}").badFields());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"SOMEWHERE\",\"date\":\"2022-10-01\"}").badFields());

        long a = api.post("/api/v1/court-cases/" + id + "/accused", lawyerBd,
                "{\"alias\":\"Accused A\",\"arrestedOn\":\"2022-05-11\"}").json().getJsonNumber("id").longValue();
        long b = api.post("/api/v1/court-cases/" + id + "/accused", lawyerBd,
                "{\"alias\":\"Accused B\"}").json().getJsonNumber("id").longValue();
        long other = openCase(unique("Tr. "), "Tribunal 1, Jessore", "2022-05-10", "").getJsonNumber("id").longValue();
        assertEquals(List.of("accusedId"), api.post("/api/v1/court-cases/" + other + "/accused/" + a + "/verdict", lawyerBd,
                "{\"date\":\"2024-01-10\",\"outcome\":\"CONVICTED\"}").badFields(), "not an accused of that case");
        assertEquals(List.of("reason"), api.post("/api/v1/court-cases/" + id + "/accused/" + a + "/verdict", lawyerBd,
                "{\"date\":\"2024-01-10\",\"outcome\":\"ACQUITTED\"}").badFields());
        assertEquals(200, api.post("/api/v1/court-cases/" + id + "/accused/" + a + "/verdict", lawyerBd,
                "{\"date\":\"2024-01-10\",\"outcome\":\"CONVICTED\",\"sentence\":\"Life imprisonment\",\"compensation\":50000}").status());
        assertEquals("PENDING", api.get("/api/v1/court-cases/" + id, lawyerBd).json().getString("status"));
        assertEquals(200, api.post("/api/v1/court-cases/" + id + "/accused/" + b + "/verdict", lawyerBd,
                "{\"date\":\"2024-02-01\",\"outcome\":\"ACQUITTED\",\"reason\":\"Victim did not testify\"}").status());
        JsonObject disposed = api.get("/api/v1/court-cases/" + id, lawyerBd).json();
        assertEquals("DISPOSED", disposed.getString("status"));
        assertEquals("2024-02-01", disposed.getString("disposedOn"));
        assertEquals(409, api.post("/api/v1/court-cases/" + id + "/accused/" + b + "/verdict", lawyerBd,
                "{\"date\":\"2024-02-01\",\"outcome\":\"CONVICTED\"}").status(), "a verdict is recorded once");
    }

    @Test
    void casesOutsideTheCallersProgrammesDoNotExistAndOtherRolesMayNotTouchThem() {
        long id = openCase(unique("Tr. "), "Tribunal 2, Khulna", "2022-01-01", "").getJsonNumber("id").longValue();
        assertEquals(404, api.get("/api/v1/court-cases/" + id, token("lawyer.uk")).status());
        assertEquals(403, api.get("/api/v1/court-cases/" + id, token("trainer")).status());
        assertEquals(200, api.get("/api/v1/court-cases/" + id, token("mel")).status(), "M&E reads for the backlog");
        assertEquals(403, api.post("/api/v1/court-cases/" + id + "/accused", token("mel"), "{\"alias\":\"X\"}").status());
        assertEquals(List.of("programme"), api.post("/api/v1/court-cases", lawyerBd,
                "{\"programme\":\"XX\",\"caseNumber\":\"1\",\"court\":\"C\",\"filedOn\":\"2022-01-01\"}").badFields());
        assertEquals(404, api.post("/api/v1/court-cases", lawyerBd,
                "{\"programme\":\"UK\",\"caseNumber\":\"1\",\"court\":\"C\",\"filedOn\":\"2022-01-01\"}").status());
        assertEquals(List.of("stage"), api.get("/api/v1/court-cases?stage=NOPE", lawyerBd).badFields());
        assertTrue(api.get("/api/v1/court-cases?size=500", lawyerBd).items().stream()
                .allMatch(r -> r.asJsonObject().getString("programme").equals("BD")));
    }

    @Test
    void aVictimInAPendingCaseIsOnLegalHoldAndHerLawyerMaySeeWhoSheIs() {
        String legalName = "Canary " + UUID.randomUUID().toString().substring(0, 8);
        long survivor = api.post("/api/v1/survivors", token("aftercare.bd"), """
                {"programme":"BD","legalName":"%s","gender":"FEMININE","exploitationTypes":["FORCED_LABOUR"]}"""
                .formatted(legalName)).json().getJsonNumber("id").longValue();
        String reveal = "/api/v1/survivors/" + survivor + "/reveal";
        assertEquals(403, api.post(reveal, lawyerBd, "{\"reason\":\"hearing\"}").status(), "not yet a witness of hers");

        JsonObject c = openCase(unique("Tr. "), "Tribunal 1, Jessore", "2023-06-01", ",\"victimSurvivorIds\":[" + survivor + "]");
        JsonObject victim = c.getJsonArray("victims").getJsonObject(0);
        assertFalse(victim.getString("pseudonym").isBlank());
        assertFalse(c.toString().contains(legalName), "the case shows the pseudonym only");

        Answer revealed = api.post(reveal, lawyerBd, "{\"reason\":\"arranging her testimony\"}");
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(legalName, revealed.json().getString("legalName"));
        assertEquals(404, api.post(reveal, token("lawyer.uk"), "{\"reason\":\"curious\"}").status());
        assertEquals(List.of("victimSurvivorIds"), api.post("/api/v1/court-cases", lawyerBd, """
                {"programme":"BD","caseNumber":"%s","court":"Tribunal 1, Jessore","filedOn":"2023-06-01",
                 "victimSurvivorIds":[999999999]}""".formatted(unique("Tr. "))).badFields());

        Answer erasure = api.post("/api/v1/survivors/" + survivor + "/erasure", token("admin"), "{\"reason\":\"asked\"}");
        assertEquals(409, erasure.status(), "on legal hold while the case is pending");
        assertTrue(erasure.body().contains("court case"), erasure.body());
    }

    @Test
    void theBacklogAnalysisAddsUpAndExportsAsCsvAndXlsx() throws Exception {
        String mel = token("mel");
        JsonObject b = api.get("/api/v1/court-cases/backlog?programme=BD&from=2020-01-01&to=2020-12-31", mel).json();
        long pending = b.getJsonNumber("pending").longValue();
        assertTrue(pending >= 163, b.toString());
        assertEquals(pending, b.getJsonObject("pendingByAge").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum(), "the age bands add up");
        assertEquals(pending, b.getJsonObject("pendingByCourt").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum(), "so do the courts");
        assertEquals(17, b.getJsonNumber("disposed").longValue(), "the 17 Bangladeshi cases that ended in 2020");
        assertEquals(0, b.getInt("convictionRatePct"), "all acquitted or discharged");
        assertTrue(b.getJsonNumber("medianDaysToDisposition").longValue() > 0);

        JsonObject recent = api.get("/api/v1/court-cases/backlog?programme=BD&from=" + LocalDate.now().minusYears(1)
                + "&to=" + LocalDate.now(), mel).json();
        assertTrue(recent.getJsonObject("adjournmentsByReason").containsKey("WITNESS_ABSENT"), recent.toString());
        assertTrue(recent.getInt("witnessAbsenceSharePct") > 0);
        assertTrue(recent.getJsonNumber("settingsPerHearingHeld").doubleValue() >= 1.0);

        String csv = new String(api.download("/api/v1/court-cases/backlog?programme=BD", mel, "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("Pending cases,total," + pending), csv);
        byte[] xlsx = api.download("/api/v1/court-cases/backlog?programme=BD", mel, HtcdsFiles.XLSX);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals("Section", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(List.of("from"), api.get("/api/v1/court-cases/backlog?programme=BD&from=soon", mel).badFields());
        assertEquals(404, api.get("/api/v1/court-cases/backlog?programme=BD", token("lawyer.uk")).status());
    }
}
