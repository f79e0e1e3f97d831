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
        String number = Api.unique("Tr. ");
        String court = Api.unique("Tribunal ");
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
        long id = openCase(Api.unique("Tr. "), "Tribunal 1, Jessore", "2022-05-10", "").getJsonNumber("id").longValue();
        String stages = "/api/v1/court-cases/" + id + "/stages";
        assertEquals(200, api.post(stages, lawyerBd, "{\"stage\":\"CHARGE_SHEET\",\"date\":\"2022-09-01\"}").status());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"INVESTIGATION\",\"date\":\"2022-10-01\"}").badFields());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"TRIAL\",\"date\":\"2022-10-01\"}").badFields());
        assertEquals(List.of("stage"), api.post(stages, lawyerBd, "{\"stage\":\"SOMEWHERE\",\"date\":\"2022-10-01\"}").badFields());

        long a = api.post("/api/v1/court-cases/" + id + "/accused", lawyerBd,
                "{\"alias\":\"Accused A\",\"arrestedOn\":\"2022-05-11\"}").json().getJsonNumber("id").longValue();
        long b = api.post("/api/v1/court-cases/" + id + "/accused", lawyerBd,
                "{\"alias\":\"Accused B\"}").json().getJsonNumber("id").longValue();
        long other = openCase(Api.unique("Tr. "), "Tribunal 1, Jessore", "2022-05-10", "").getJsonNumber("id").longValue();
        assertEquals(List.of("accusedId"), api.post("/api/v1/court-cases/" + other + "/accused/" + a + "/verdict", lawyerBd,
                "{\"date\":\"2024-01-10\",\"outcome\":\"CONVICTED\"}").badFields(), "not an accused of that case");
        assertEquals(200, api.post("/api/v1/court-cases/" + id + "/accused/" + a + "/verdict", lawyerBd,
                "{\"date\":\"2024-01-10\",\"outcome\":\"CONVICTED\",\"sentence\":\"Life imprisonment\",\"compensation\":50000}").status());
        assertEquals("PENDING", api.get("/api/v1/court-cases/" + id, lawyerBd).json().getString("status"));
        Answer acquitted = api.post("/api/v1/court-cases/" + id + "/accused/" + b + "/verdict", lawyerBd,
                "{\"date\":\"2024-02-01\",\"outcome\":\"ACQUITTED\"}");
        assertEquals(200, acquitted.status(), "docs/api.md does not name the reason: an acquittal without one is taken");
        assertTrue(acquitted.json().getJsonArray("dataQuality").getString(0).startsWith("reason"), acquitted.body());
        JsonObject disposed = api.get("/api/v1/court-cases/" + id, lawyerBd).json();
        assertEquals("DISPOSED", disposed.getString("status"));
        assertEquals("2024-02-01", disposed.getString("disposedOn"));
        assertEquals(409, api.post("/api/v1/court-cases/" + id + "/accused/" + b + "/verdict", lawyerBd,
                "{\"date\":\"2024-02-01\",\"outcome\":\"CONVICTED\"}").status(), "a verdict is recorded once");
        // A lawyer catching up enters the case's history after its end: a hearing before the disposal is history.
        assertEquals(201, api.post("/api/v1/court-cases/" + id + "/hearings", lawyerBd,
                "{\"scheduledAt\":\"2023-06-01T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").status());
        Answer after = api.post("/api/v1/court-cases/" + id + "/hearings", lawyerBd,
                "{\"scheduledAt\":\"2024-03-01T10:00:00\",\"purpose\":\"MENTION\"}");
        assertEquals(List.of("scheduledAt"), after.badFields());
        assertTrue(after.body().contains("disposed on 2024-02-01"), "and says why: " + after.body());
    }

    /**
     * An order given at a hearing is followed until done: named against its fields when wrong, overdue once its day
     * has passed, done once whoever marks it twice, and nobody else's to see or mark.
     */
    @Test
    void aCourtOrderIsFollowedUntilDoneAndIsOverdueOnceItsDayHasPassed() {
        long id = openCase(Api.unique("Tr. O-"), "Tribunal 3, Satkhira", "2023-01-10", "").getJsonNumber("id").longValue();
        long other = openCase(Api.unique("Tr. O-"), "Tribunal 3, Satkhira", "2023-01-10", "").getJsonNumber("id").longValue();
        long otherHearing = api.post("/api/v1/court-cases/" + other + "/hearings", lawyerBd,
                "{\"scheduledAt\":\"2024-05-01T10:00:00\",\"purpose\":\"MENTION\"}").json().getJsonNumber("id").longValue();
        String orders = "/api/v1/court-cases/" + id + "/orders";
        assertEquals(List.of("dueOn", "hearingId"), api.post(orders, lawyerBd, """
                {"hearingId":%d,"kind":"POLICE_REPORT","description":"Further investigation report","givenOn":"2024-05-01",
                 "dueOn":"2024-04-01"}""".formatted(otherHearing)).badFields());
        assertEquals(List.of("kind"), api.post(orders, lawyerBd, """
                {"kind":"TEA","description":"x","givenOn":"2024-05-01","dueOn":"2024-06-01"}""").badFields());

        LocalDate given = LocalDate.now().minusDays(40);
        Answer created = api.post(orders, lawyerBd, """
                {"kind":"PRODUCE_WITNESS","description":"Produce the investigating officer","givenOn":"%s","dueOn":"%s"}"""
                .formatted(given, given.plusDays(30)));
        assertEquals(201, created.status(), created.body());
        JsonObject order = created.json();
        assertTrue(order.getBoolean("overdue"), "ten days past its due day");
        assertEquals(1, api.get(orders, lawyerBd).array().size());
        assertEquals(404, api.get(orders, token("lawyer.uk")).status(), "another programme's case does not exist");

        String done = "/api/v1/court-orders/" + order.getJsonNumber("id") + "/done";
        assertEquals(404, api.put(done, token("lawyer.uk"), "{\"doneOn\":\"" + LocalDate.now() + "\"}").status());
        assertEquals(List.of("doneOn"), api.put(done, lawyerBd, "{\"doneOn\":\"" + given.minusDays(1) + "\"}").badFields());
        JsonObject marked = api.put(done, lawyerBd, "{\"doneOn\":\"" + LocalDate.now() + "\",\"note\":\"produced\","
                + "\"version\":" + order.getJsonNumber("version") + "}").json();
        assertEquals(LocalDate.now().toString(), marked.getString("doneOn"));
        assertFalse(marked.getBoolean("overdue"), "done is not overdue");
        assertEquals(409, api.put(done, lawyerBd, "{\"doneOn\":\"" + LocalDate.now() + "\",\"version\":"
                + order.getJsonNumber("version") + "}").status(), "a stale page is a conflict");
    }

    @Test
    void casesOutsideTheCallersProgrammesDoNotExistAndOtherRolesMayNotTouchThem() {
        long id = openCase(Api.unique("Tr. "), "Tribunal 2, Khulna", "2022-01-01", "").getJsonNumber("id").longValue();
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

        JsonObject c = openCase(Api.unique("Tr. "), "Tribunal 1, Jessore", "2023-06-01", ",\"victimSurvivorIds\":[" + survivor + "]");
        JsonObject victim = c.getJsonArray("victims").getJsonObject(0);
        assertFalse(victim.getString("pseudonym").isBlank());
        assertFalse(c.toString().contains(legalName), "the case shows the pseudonym only");

        Answer revealed = api.post(reveal, lawyerBd, "{\"reason\":\"arranging her testimony\"}");
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(legalName, revealed.json().getString("legalName"));
        assertEquals(404, api.post(reveal, token("lawyer.uk"), "{\"reason\":\"curious\"}").status());
        assertEquals(List.of("victimSurvivorIds"), api.post("/api/v1/court-cases", lawyerBd, """
                {"programme":"BD","caseNumber":"%s","court":"Tribunal 1, Jessore","filedOn":"2023-06-01",
                 "victimSurvivorIds":[999999999]}""".formatted(Api.unique("Tr. "))).badFields());

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
        List<String> exports = api.get("/api/v1/audit?action=EXPORT&recordType=court-backlog&user=mel&size=2",
                token("admin")).items().getValuesAs(JsonObject.class).stream().map(e -> e.getString("detail")).toList();
        assertEquals(2, exports.size(), "both downloads are audited: " + exports);
        assertTrue(exports.get(0).startsWith("XLSX") && exports.get(1).startsWith("CSV"), exports.toString());
        assertEquals(List.of("from"), api.get("/api/v1/court-cases/backlog?programme=BD&from=soon", mel).badFields());
        assertEquals(404, api.get("/api/v1/court-cases/backlog?programme=BD", token("lawyer.uk")).status());
    }

    @Test
    void aLawyersSpreadsheetImportsOnceAndARejectedLineWritesNothing() {
        String a = Api.unique("ImpA-");
        String b = Api.unique("ImpB-");
        String court = "Tribunal 4, Import " + a;
        String future = LocalDate.now().plusDays(10).toString();
        String csv = String.join("\r\n",
                "programme,court,district,caseNumber,filedOn,stage,offences,hearingAt,purpose,outcome,adjournmentReason,witnessRole",
                "BD,\"" + court + "\",Jessore," + a + ",2023-01-10,CHARGE_FRAMING,\"PSHTA 2012 s.6; PSHTA 2012 s.7\","
                        + "2023-05-02 10:30,WITNESS_EXAMINATION,ADJOURNED,WITNESS_ABSENT,VICTIM",
                "BD,\"" + court + "\",Jessore," + a + ",10/01/2023,,,20/06/2023,WITNESS_EXAMINATION,HELD,,",
                "BD,\"" + court + "\",Jessore," + a + ",2023-01-10,,," + future + ",ARGUMENTS,,,",
                "BD,\"" + court + "\",Jessore," + b + ",2023-02-01,,,2023-04-01,MENTION,ADJOURNED,,",
                "UK,\"" + court + "\",,C-" + b + ",2023-01-01,,,,,,,",
                "BD,\"" + court + "\",Jessore," + b + ",2031-02-30,,,,,,,") + "\r\n";
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // A dry run tells what would happen and writes nothing.
        Answer dryRun = api.upload("/api/v1/imports/court-cases?dryRun=true", lawyerBd, "text/csv", file);
        assertEquals(200, dryRun.status(), dryRun.body());
        assertEquals(3, dryRun.json().getInt("created"));
        assertEquals(0, api.get("/api/v1/court-cases?caseNumber=" + a, lawyerBd).json().getInt("total"));

        Answer first = api.upload("/api/v1/imports/court-cases", lawyerBd, "text/csv", file);
        assertEquals(200, first.status(), first.body());
        assertEquals(3, first.json().getInt("created"), first.body());
        List<JsonValue> rejected = first.json().getJsonArray("rejected");
        assertEquals(List.of(5, 6, 7), rejected.stream().map(r -> r.asJsonObject().getInt("line")).toList());
        assertEquals("adjournmentReason", field(rejected.get(0)));
        assertEquals("programme", field(rejected.get(1)), "a programme outside the lawyer's is unknown to her file");
        assertEquals("filedOn", field(rejected.get(2)));
        assertEquals(0, api.get("/api/v1/court-cases?caseNumber=" + b, lawyerBd).json().getInt("total"),
                "the rejected line wrote nothing");

        JsonObject row = api.get("/api/v1/court-cases?caseNumber=" + a, lawyerBd).items().getJsonObject(0);
        assertEquals("WITNESS_ABSENT", row.getString("lastAdjournmentReason"));
        assertTrue(row.getString("nextHearingAt").startsWith(future), row.toString());
        JsonObject detail = api.get("/api/v1/court-cases/" + row.getJsonNumber("id"), lawyerBd).json();
        assertEquals("CHARGE_FRAMING", detail.getString("stage"));
        assertEquals(2, detail.getJsonArray("offences").size());
        assertEquals(3, detail.getJsonArray("hearings").size());

        // The same file again: nothing new. A later version of it: only what changed.
        Answer again = api.upload("/api/v1/imports/court-cases", lawyerBd, "text/csv", file);
        assertEquals(0, again.json().getInt("created"), again.body());
        assertEquals(0, again.json().getInt("updated"));
        assertEquals(3, again.json().getInt("unchanged"));
        String later = "programme;court;caseNumber;filedOn;stage;stageSince;offences\n"
                + "BD;" + court + ";" + a + ";2023-01-10;PROSECUTION_WITNESSES;2023-07-01;PSHTA 2012 s.8\n"
                + "BD;" + court + ";" + a + ";2023-01-11;;;\n";
        Answer update = api.upload("/api/v1/imports/court-cases", lawyerBd, "text/csv",
                later.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, update.json().getInt("updated"), update.body());
        assertEquals("filedOn", field(update.json().getJsonArray("rejected").get(0)));
        detail = api.get("/api/v1/court-cases/" + row.getJsonNumber("id"), lawyerBd).json();
        assertEquals("PROSECUTION_WITNESSES", detail.getString("stage"));
        assertEquals(3, detail.getJsonArray("offences").size());

        assertEquals(List.of("file"), api.upload("/api/v1/imports/court-cases", lawyerBd, "text/csv",
                "case,date\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).badFields());
        assertEquals(403, api.upload("/api/v1/imports/court-cases", token("trainer"), "text/csv", file).status());
        assertTrue(new String(api.download("/api/v1/imports/court-cases/template", lawyerBd, "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8).contains("caseNumber"));
    }

    private static String field(JsonValue rejection) {
        return rejection.asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /**
     * Every backlog figure against a small programme worked out by hand: seven pending cases spread over the
     * age bands, three disposed in the period (after 90, 180 and 365 days; one conviction), seven hearings with
     * an outcome of which three went ahead and two of four adjournments were for an absent witness, two trials
     * past the 180-working-day limit and one nearing it. The history is brought in through the CSV import.
     */
    @Test
    void everyBacklogFigureMatchesAHandWorkedProgramme() {
        String admin = token("admin");
        assertEquals(201, api.post("/api/v1/programmes", admin,
                "{\"code\":\"QB\",\"name\":\"Backlog check\",\"country\":\"BD\",\"relationship\":\"JOINT_OPERATION\"}").status());
        LocalDate t = LocalDate.now();
        String court1 = "QB Tribunal 1";
        String csv = String.join("\n",
                "programme,court,district,caseNumber,filedOn,stage,hearingAt,outcome,adjournmentReason,witnessRole",
                "QB," + court1 + ",Magura,QB-C1," + t.minusDays(100) + ",,,,,",
                "QB," + court1 + ",Magura,QB-C7," + t.minusDays(215) + ",CHARGE_FRAMING,,,,",
                "QB," + court1 + ",Magura,QB-C2," + t.minusDays(500) + ",CHARGE_FRAMING,,,,",
                "QB," + court1 + ",Magura,QB-C3," + t.minusYears(4) + ",INVESTIGATION,,,,",
                "QB," + court1 + ",Magura,QB-C4," + t.minusYears(7) + ",PROSECUTION_WITNESSES,,,,",
                "QB,QB Tribunal 2,Narail,QB-C5," + t.minusYears(12) + ",,,,,",
                "QB," + court1 + ",Magura,QB-P6,2006-06-01,,2006-07-01,ADJOURNED,DEFENCE_TIME_PETITION,",
                "QB," + court1 + ",Magura,QB-P6,2006-06-01,,2006-08-01,HELD,,",
                "QB," + court1 + ",Magura,QB-D1,2005-01-10,,2005-03-01,ADJOURNED,WITNESS_ABSENT,VICTIM",
                "QB," + court1 + ",Magura,QB-D1,2005-01-10,,2005-04-01,ADJOURNED,WITNESS_ABSENT,POLICE",
                "QB," + court1 + ",Magura,QB-D1,2005-01-10,,2005-05-01,HELD,,",
                "QB," + court1 + ",Magura,QB-D2,2005-02-01,,2005-06-01,ADJOURNED,JUDGE_UNAVAILABLE,",
                "QB," + court1 + ",Magura,QB-D2,2005-02-01,,2005-07-01,HELD,,",
                "QB," + court1 + ",Magura,QB-D3,2005-03-01,,,,,") + "\n";
        Answer imported = api.upload("/api/v1/imports/court-cases", admin, "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(14, imported.json().getInt("created"), imported.body());
        dispose(admin, "QB-D1", "2005-07-09", "CONVICTED");
        dispose(admin, "QB-D2", "2006-02-01", "ACQUITTED");
        dispose(admin, "QB-D3", "2005-05-30", "WITHDRAWN");

        JsonObject b = api.get("/api/v1/court-cases/backlog?programme=QB&from=2005-01-01&to=2006-12-31", admin).json();
        assertEquals(7, b.getInt("pending"), b.toString());
        assertEquals(Map.of("<1", 2, "1-2", 1, "2-5", 1, "5-10", 1, ">10", 2), ints(b.getJsonObject("pendingByAge")));
        assertEquals(Map.of(court1, 6, "QB Tribunal 2", 1), ints(b.getJsonObject("pendingByCourt")));
        assertEquals(Map.of("Magura", 6, "Narail", 1), ints(b.getJsonObject("pendingByDistrict")));
        assertEquals(Map.of("FIR", 3, "INVESTIGATION", 1, "CHARGE_FRAMING", 2, "PROSECUTION_WITNESSES", 1),
                ints(b.getJsonObject("pendingByStage")));
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(t.minusYears(4), t), b.getJsonNumber("medianPendingAgeDays")
                .longValue(), "the fourth of seven pending cases by age");
        assertEquals(4, b.getInt("filed"), "D1, D2, D3 and P6 were filed in the period");
        assertEquals(3, b.getInt("disposed"));
        assertEquals(75, b.getInt("clearanceRatePct"), "3 disposed / 4 filed");
        assertEquals(180, b.getInt("medianDaysToDisposition"), "of 90, 180 and 365 days");
        assertEquals(365, b.getInt("p90DaysToDisposition"), "nearest rank: the third of three");
        assertEquals(7, b.getInt("hearingsWithOutcome"));
        assertEquals(3, b.getInt("hearingsHeld"));
        assertEquals(2.3, b.getJsonNumber("settingsPerHearingHeld").doubleValue(), 1e-9, "7 settings / 3 held");
        assertEquals(Map.of("WITNESS_ABSENT", 2, "JUDGE_UNAVAILABLE", 1, "DEFENCE_TIME_PETITION", 1),
                ints(b.getJsonObject("adjournmentsByReason")));
        assertEquals(50, b.getInt("witnessAbsenceSharePct"), "2 of 4 adjournments");
        assertEquals(33, b.getInt("convictionRatePct"), "1 of 3 disposed cases");
        assertEquals(180, b.getInt("statutoryLimitWorkingDays"));
        assertEquals(2, b.getInt("pastStatutoryLimit"), "C2 and C4 began their trials long ago");
        assertEquals(1, b.getInt("nearingStatutoryLimit"), "C7's trial began about 150 working days ago");
    }

    private void dispose(String token, String caseNumber, String on, String outcome) {
        long caseId = api.get("/api/v1/court-cases?programme=QB&caseNumber=" + caseNumber, token).items()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Answer accused = api.post("/api/v1/court-cases/" + caseId + "/accused", token, "{\"alias\":\"A. " + caseNumber + "\"}");
        assertEquals(201, accused.status(), accused.body());
        Answer verdict = api.post("/api/v1/court-cases/" + caseId + "/accused/" + accused.json().getJsonNumber("id")
                + "/verdict", token, "{\"date\":\"" + on + "\",\"outcome\":\"" + outcome + "\",\"reason\":\"evidence\"}");
        assertTrue(verdict.status() == 200 || verdict.status() == 201, verdict.body());
    }

    private static Map<String, Integer> ints(JsonObject counts) {
        Map<String, Integer> map = new HashMap<>();
        counts.forEach((k, v) -> map.put(k, ((jakarta.json.JsonNumber) v).intValue()));
        return map;
    }

    /**
     * The witness programme from the courts' events: a hearing scheduled plans every witness of its case with the
     * tasks their needs call for; a call's result moves them on (recorded once); a witness added later is planned
     * too; an adjournment cancels the old tasks, asks staff to tell each witness, and the next hearing is planned;
     * attendance is recorded only for witnesses required; scope holds.
     */
    @Test
    void everyRequiredWitnessIsPlannedForEachHearingAndFollowedThroughAnAdjournment() {
        long caseId = openCase(Api.unique("Tr. W-"), "Tribunal 3, Satkhira", "2022-03-01", "").getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now();
        long soon = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + today.plusDays(10) + "T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json().getJsonNumber("id").longValue();
        Answer badPhone = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"POLICE\",\"name\":\"SI Karim\",\"phone\":\"01712\",\"email\":\"karim@\"}");
        assertEquals(List.of("phone", "email"), badPhone.badFields());
        Answer police = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"POLICE\",\"name\":\"SI Karim\",\"phone\":\"+880 1712-345678\",\"needs\":[\"TRANSPORT\"]}");
        assertEquals(201, police.status(), police.body());
        assertEquals("Police witness 1", police.json().getString("label"));
        assertFalse(police.body().contains("Karim") || police.body().contains("345678"), "names and phones stay in the vault");
        long policeId = police.json().getJsonNumber("id").longValue();

        JsonObject plan = api.get("/api/v1/hearings/" + soon + "/attendance-plan", lawyerBd).json();
        // Typed ids inside the modules; on the wire the numbers docs/api.md names.
        assertEquals(soon, plan.getJsonObject("hearing").getJsonNumber("id").longValue(), plan.toString());
        assertEquals(JsonValue.ValueType.NUMBER, plan.getJsonObject("hearing").get("caseId").getValueType());
        JsonObject witness = plan.getJsonArray("witnesses").getJsonObject(0);
        assertEquals("IDENTIFIED", witness.getString("status"));
        assertEquals(List.of("CALL", "BOOK_TRANSPORT"), witness.getJsonArray("tasks").stream()
                .map(t -> t.asJsonObject().getString("kind")).toList());
        long call = witness.getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(List.of("reason"), api.post("/api/v1/witness-tasks/" + call + "/contact", lawyerBd, "{}").badFields());
        JsonObject contact = api.post("/api/v1/witness-tasks/" + call + "/contact", lawyerBd,
                "{\"reason\":\"calling about the hearing\"}").json();
        assertEquals("SI Karim", contact.getString("name"));
        assertEquals("+8801712345678", contact.getString("phone"), "stored in E.164");
        assertEquals(404, api.post("/api/v1/witness-tasks/" + call + "/contact", token("lawyer.uk"),
                "{\"reason\":\"curious\"}").status());
        assertEquals(1, api.get("/api/v1/audit?action=REVEAL&recordType=witness&recordId=" + policeId, token("admin"))
                .json().getInt("total"), "the reveal is audited");
        assertTrue(api.get("/api/v1/witness-tasks?size=500", lawyerBd).items().stream()
                .anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == call), "the call is due today");

        assertEquals("NO_ANSWER", api.post("/api/v1/witness-tasks/" + call + "/result", lawyerBd,
                "{\"result\":\"NO_ANSWER\"}").json().getString("result"));
        assertEquals("NO_ANSWER", api.post("/api/v1/witness-tasks/" + call + "/result", lawyerBd,
                "{\"result\":\"CONFIRMED\"}").json().getString("result"), "a task done twice is recorded once");
        witness = api.get("/api/v1/hearings/" + soon + "/attendance-plan", lawyerBd).json().getJsonArray("witnesses").getJsonObject(0);
        assertEquals(1, witness.getInt("contactFailures"));
        JsonObject retry = witness.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("CALL") && t.getString("state").equals("OPEN")).findFirst().orElseThrow();
        assertEquals(today.plusDays(1).toString(), retry.getString("dueOn"), "no answer: try again tomorrow");
        assertEquals(List.of("result"), api.post("/api/v1/witness-tasks/" + retry.getJsonNumber("id") + "/result",
                lawyerBd, "{\"result\":\"MAYBE\"}").badFields());
        api.post("/api/v1/witness-tasks/" + retry.getJsonNumber("id") + "/result", lawyerBd, "{\"result\":\"CONFIRMED\"}");
        assertEquals("CONFIRMED", api.get("/api/v1/hearings/" + soon + "/attendance-plan", lawyerBd).json()
                .getJsonArray("witnesses").getJsonObject(0).getString("status"));

        // A witness added after the hearing was set is planned for it as well.
        assertEquals(201, api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"DOCTOR\",\"name\":\"Dr Rahman\",\"email\":\"rahman@hospital.example.org\"}").status());
        assertEquals(2, api.get("/api/v1/hearings/" + soon + "/attendance-plan", lawyerBd).json().getJsonArray("witnesses").size());

        // Today's hearing is adjourned because the police witness did not come.
        long todays = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + today + "T09:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json().getJsonNumber("id").longValue();
        assertEquals(List.of("witnessId"), api.put("/api/v1/hearings/" + todays + "/attendance", lawyerBd,
                "[{\"witnessId\":999999,\"attended\":true}]").badFields());
        Map<String, Integer> before = witnessCountsOn(today);
        assertEquals(200, api.put("/api/v1/hearings/" + todays + "/attendance", lawyerBd,
                "[{\"witnessId\":" + policeId + ",\"attended\":false}]").status());
        Map<String, Integer> after = witnessCountsOn(today);
        assertEquals(before.get("WITNESSES_REQUIRED") + 1, after.get("WITNESSES_REQUIRED"), "required, and the court sat");
        assertEquals(before.get("WITNESSES_ATTENDED"), after.get("WITNESSES_ATTENDED"));
        Answer adjourned = api.put("/api/v1/hearings/" + todays + "/outcome", lawyerBd, "{\"held\":false,"
                + "\"adjournmentReason\":\"WITNESS_ABSENT\",\"witnessRole\":\"POLICE\",\"nextDate\":\"" + today.plusDays(20) + "\"}");
        assertEquals(200, adjourned.status(), adjourned.body());
        JsonObject old = api.get("/api/v1/hearings/" + todays + "/attendance-plan", lawyerBd).json();
        List<String> states = old.getJsonArray("witnesses").stream().flatMap(w -> w.asJsonObject().getJsonArray("tasks")
                .stream()).map(t -> t.asJsonObject().getString("kind") + ":" + t.asJsonObject().getString("state")).toList();
        assertTrue(states.contains("INFORM_OUTCOME:OPEN") && states.contains("CALL:CANCELLED"), states.toString());
        long next = adjourned.json().getJsonNumber("nextHearingId").longValue();
        JsonObject nextPlan = api.get("/api/v1/hearings/" + next + "/attendance-plan", lawyerBd).json();
        assertEquals(2, nextPlan.getJsonArray("witnesses").size(), "the next hearing is planned");
        assertTrue(nextPlan.getJsonArray("witnesses").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getJsonNumber("witnessId").longValue() == policeId).findFirst().orElseThrow()
                .getJsonArray("risks").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList().contains("MISSED_LAST_HEARING"));

        // The demo's hearings tomorrow carry unconfirmed witnesses: the at-risk list says so.
        assertTrue(api.get("/api/v1/witness-tasks/at-risk", lawyerBd).body().contains("UNCONFIRMED"));
        assertEquals(404, api.get("/api/v1/hearings/" + soon + "/attendance-plan", token("lawyer.uk")).status());
        assertEquals(403, api.get("/api/v1/hearings/" + soon + "/attendance-plan", token("trainer")).status());
        assertEquals(404, api.post("/api/v1/witness-tasks/" + call + "/result", token("lawyer.uk"), "{\"result\":\"DONE\"}").status());
        assertEquals(List.of("dueBy"), api.get("/api/v1/witness-tasks?dueBy=tomorrow", lawyerBd).badFields());
        JsonObject firstPage = api.get("/api/v1/witness-tasks?size=2", lawyerBd).json();
        assertEquals(2, firstPage.getJsonArray("items").size(), "a page at a time");
        assertTrue(firstPage.getInt("total") > 2, firstPage.toString());
    }

    /** Bangladesh's witness indicators for one day (other tests record attendance today too). */
    private Map<String, Integer> witnessCountsOn(LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        api.get("/api/v1/reports/headline?from=" + day + "&to=" + day, token("mel")).json().getJsonArray("indicators")
                .stream().map(JsonValue::asJsonObject).filter(l -> l.getString("code").startsWith("WITNESSES_"))
                .forEach(l -> counts.put(l.getString("code"), l.getJsonObject("byProgramme").getInt("BD")));
        return counts;
    }

    /**
     * Reminders through real channels: an e-mail to the SMTP server and an SMS to the gateway this test starts.
     * Two instances running the schedule at the same moment send each reminder once; running it again sends
     * nothing more; a reminder for a hearing that has since been adjourned is dropped, never sent.
     */
    @Test
    void remindersReachWitnessesOnceByEmailAndSmsAndNeverForAHearingThatIsOver() throws Exception {
        try (SmtpInbox inbox = new SmtpInbox(2525); SmsGatewayStub sms = new SmsGatewayStub(2526)) {
            long caseId = openCase(Api.unique("Tr. R-"), "Tribunal 5, Narail", "2022-05-01", "").getJsonNumber("id").longValue();
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String email = "officer." + tag + "@police.example.org";
            String phone = "+88017" + (10000000 + new java.util.Random().nextInt(89999999));
            api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                    "{\"role\":\"POLICE\",\"name\":\"SI Hasan\",\"email\":\"" + email + "\"}");
            api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                    "{\"role\":\"VICTIM\",\"name\":\"Witness Rina\",\"phone\":\"" + phone + "\"}");
            long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                    + LocalDate.now().plusDays(3) + "T10:30:00\",\"purpose\":\"WITNESS_EXAMINATION\"}")
                    .json().getJsonNumber("id").longValue();
            List<JsonObject> planned = api.get("/api/v1/witness-reminders?hearing=" + hearing, lawyerBd).array()
                    .getValuesAs(JsonObject.class);
            assertTrue(planned.stream().anyMatch(r -> r.getString("offset").equals("MORNING")), planned.toString());
            assertEquals(2, planned.stream().filter(r -> java.time.Instant.parse(r.getString("dueAt"))
                    .isBefore(java.time.Instant.now().plusSeconds(60))).count(),
                    "of the reminders already past, only the latest goes, at once: one per witness");

            String admin = token("admin");
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.concurrent.Future<Answer> a = two.submit(() -> api.post("/api/v1/witness-reminders/run?instance=a", admin, "{}"));
            java.util.concurrent.Future<Answer> b = two.submit(() -> api.post("/api/v1/witness-reminders/run?instance=b", admin, "{}"));
            assertEquals(200, a.get().status(), a.get().body());
            assertEquals(200, b.get().status(), b.get().body());
            two.shutdown();
            api.post("/api/v1/witness-reminders/run", admin, "{}");

            List<SmtpInbox.Mail> mails = inbox.received().stream().filter(m -> m.recipients().contains(email)).toList();
            assertEquals(1, mails.size(), "one e-mail, however many instances ran");
            assertTrue(mails.get(0).content().contains("Subject:"), mails.get(0).content());
            List<String> texts = sms.received().stream().filter(t -> t.contains(phone)).toList();
            assertEquals(1, texts.size(), "one SMS");
            assertTrue(texts.get(0).contains("Narail"), "in the court's words: " + texts.get(0));
            assertTrue(api.get("/api/v1/witness-reminders?hearing=" + hearing, lawyerBd).body().contains("\"SENT\""));
            assertEquals(403, api.post("/api/v1/witness-reminders/run", lawyerBd, "{}").status());

            // Today's hearing is adjourned before its reminder goes: the reminder is dropped.
            long todays = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                    + LocalDate.now() + "T23:59:00\",\"purpose\":\"MENTION\"}").json().getJsonNumber("id").longValue();
            api.put("/api/v1/hearings/" + todays + "/outcome", lawyerBd, "{\"held\":false,\"adjournmentReason\":"
                    + "\"JUDGE_UNAVAILABLE\",\"nextDate\":\"" + LocalDate.now().plusDays(30) + "\"}");
            api.post("/api/v1/witness-reminders/run", admin, "{}");
            List<JsonObject> dropped = api.get("/api/v1/witness-reminders?hearing=" + todays, lawyerBd).array()
                    .getValuesAs(JsonObject.class);
            assertTrue(dropped.stream().allMatch(r -> !r.getString("state").equals("SENT")), dropped.toString());
            // Counted per recipient, not searched for "23:59": a mail's Date header can carry that text by chance.
            assertEquals(1, inbox.received().stream().filter(m -> m.recipients().contains(email)).count(),
                    "no e-mail for the adjourned hearing");
            assertEquals(1, sms.received().stream().filter(t -> t.contains(phone)).count(), "no SMS for it either");
        }
    }

    /**
     * Escorts: the planner proposes a woman for the witness who asked for one and never books anyone twice or on a
     * day away; the coordinator's changes keep those rules (400 for the wrong gender, 409 for a double booking);
     * accepting the plan assigns the escorts and moves the witnesses on.
     */
    @Test
    void theEscortPlanMatchesGenderAndNeverDoubleBooks() {
        long caseId = openCase(Api.unique("Tr. E-"), "Tribunal 6, Magura", "2022-06-01", "").getJsonNumber("id").longValue();
        LocalDate day = LocalDate.now().plusDays(60);
        long victim = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd, "{\"role\":\"VICTIM\","
                + "\"name\":\"Witness Mala\",\"needs\":[\"ESCORT\"],\"escortGender\":\"FEMININE\"}").json()
                .getJsonNumber("id").longValue();
        long officer = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd, "{\"role\":\"POLICE\","
                + "\"name\":\"SI Alam\",\"needs\":[\"ESCORT\"]}").json().getJsonNumber("id").longValue();
        long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\"" + day
                + "T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json().getJsonNumber("id").longValue();
        Answer man = api.post("/api/v1/witness-staff", lawyerBd,
                "{\"programme\":\"BD\",\"name\":\"Test Escort Man\",\"gender\":\"MASCULINE\",\"homeDistrict\":\"Jessore\"}");
        assertEquals(201, man.status(), man.body());
        long manId = man.json().getJsonNumber("id").longValue();
        Map<Long, String> genders = new HashMap<>();
        api.get("/api/v1/witness-staff", lawyerBd).array().forEach(v -> genders.put(
                v.asJsonObject().getJsonNumber("id").longValue(), v.asJsonObject().getString("gender")));

        Map<Long, JsonObject> plan = escortPlan(day);
        JsonObject victimLine = plan.get(victim);
        JsonObject officerLine = plan.get(officer);
        assertEquals("FEMININE", genders.get(victimLine.getJsonNumber("proposedStaffId").longValue()), victimLine.toString());
        assertEquals(manId, officerLine.getJsonNumber("proposedStaffId").longValue(), "from the court's own district");

        long victimAttendance = victimLine.getJsonNumber("attendanceId").longValue();
        long officerAttendance = officerLine.getJsonNumber("attendanceId").longValue();
        assertEquals(List.of("staffId"), api.post("/api/v1/witness-escorts", lawyerBd,
                "{\"attendanceId\":" + victimAttendance + ",\"staffId\":" + manId + "}").badFields());
        assertEquals(200, api.post("/api/v1/witness-escorts", lawyerBd,
                "{\"attendanceId\":" + officerAttendance + ",\"staffId\":" + manId + "}").status());
        long woman = victimLine.getJsonNumber("proposedStaffId").longValue();
        assertEquals(204, api.post("/api/v1/witness-staff/" + woman + "/absences", lawyerBd, "{\"day\":\"" + day + "\"}").status());
        assertEquals(409, api.post("/api/v1/witness-escorts", lawyerBd,
                "{\"attendanceId\":" + victimAttendance + ",\"staffId\":" + woman + "}").status(), "away that day");
        JsonObject replanned = escortPlan(day).get(victim);
        long other = replanned.getJsonNumber("proposedStaffId").longValue();
        assertTrue(other != woman && "FEMININE".equals(genders.get(other)), replanned.toString());

        List<JsonValue> accepted = api.post("/api/v1/witness-escorts/accept?date=" + day, lawyerBd, "{}").array();
        assertTrue(accepted.stream().map(JsonValue::asJsonObject).filter(l -> l.getJsonNumber("attendanceId").longValue()
                == victimAttendance).allMatch(l -> l.getJsonNumber("assignedStaffId").longValue() == other));
        assertEquals(409, api.post("/api/v1/witness-escorts", lawyerBd,
                "{\"attendanceId\":" + officerAttendance + ",\"staffId\":" + other + "}").status(), "already escorting");
        JsonObject board = api.get("/api/v1/hearings/" + hearing + "/attendance-plan", lawyerBd).json();
        assertTrue(board.getJsonArray("witnesses").stream().map(JsonValue::asJsonObject)
                .allMatch(w -> w.getString("status").equals("ESCORT_ASSIGNED")), board.toString());
        assertEquals(List.of("date"), api.get("/api/v1/witness-escorts?date=soon", lawyerBd).badFields());
        assertEquals(404, api.post("/api/v1/witness-escorts", token("lawyer.uk"),
                "{\"attendanceId\":" + victimAttendance + ",\"staffId\":" + other + "}").status());
    }

    /**
     * A witness's safe-contact rule and intimidation concerns: the rule is validated field by field and guarded
     * against stale edits; a witness who asked for no messages gets none (the staff call stands, showing the rule);
     * outside a witness's safe hours a reminder waits; an open concern puts the hearing at risk and asks for a safety
     * check, and the risk lasts until the check is done.
     */
    @Test
    void aWitnessesSafeContactRuleAndConcernsShapeRemindersAndRisk() throws Exception {
        long caseId = openCase(Api.unique("Tr. S-"), "Tribunal 7, Jhenaidah", "2022-07-01", "").getJsonNumber("id").longValue();
        String phone = "+88019" + (10000000 + new java.util.Random().nextInt(89999999));
        long victim = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd, "{\"role\":\"VICTIM\","
                + "\"name\":\"Witness Joba\",\"phone\":\"" + phone + "\"}").json().getJsonNumber("id").longValue();
        long officer = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd, "{\"role\":\"POLICE\","
                + "\"name\":\"SI Mamun\",\"phone\":\"+8801811000111\"}").json().getJsonNumber("id").longValue();
        long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + LocalDate.now().plusDays(6) + "T10:30:00\",\"purpose\":\"WITNESS_EXAMINATION\"}")
                .json().getJsonNumber("id").longValue();

        String rule = "/api/v1/witnesses/" + victim + "/contact-rule";
        assertEquals(0, api.get(rule, lawyerBd).json().getInt("version"));
        assertEquals(java.util.Set.of("preferredChannel", "safeFromHour", "safeToHour"), java.util.Set.copyOf(
                api.put(rule, lawyerBd, "{\"preferredChannel\":\"EMAIL\",\"safeFromHour\":25}").badFields()),
                "no e-mail on record; an hour out of range; one safe hour without the other");
        assertEquals(0, api.get(rule, lawyerBd).json().getInt("version"), "a rejected rule writes nothing");
        Answer saved = api.put(rule, lawyerBd, "{\"preferredChannel\":\"CALL\",\"whoMayCall\":\"Only Shirin\",\"version\":0}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(409, api.put(rule, lawyerBd, "{\"preferredChannel\":\"SMS\",\"version\":0}").status(),
                "an edit of an older version is a conflict, not an overwrite");
        assertEquals("CALL", api.get(rule, lawyerBd).json().getString("preferredChannel"));
        JsonObject call = api.get("/api/v1/witness-tasks?size=500", lawyerBd).items().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonNumber("witnessId").longValue() == victim && t.getString("kind").equals("CALL"))
                .findFirst().orElseThrow();
        assertTrue(call.getString("contactRule").contains("Only Shirin"), call.toString());

        // The police officer may be messaged only in a two-hour window that has not started yet in Dhaka.
        int hour = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Dhaka")).getHour();
        assertEquals(200, api.put("/api/v1/witnesses/" + officer + "/contact-rule", lawyerBd, "{\"safeFromHour\":"
                + (hour + 2) % 24 + ",\"safeToHour\":" + (hour + 4) % 24 + "}").status());
        try (SmsGatewayStub sms = new SmsGatewayStub(2526)) {
            api.post("/api/v1/witness-reminders/run", token("admin"), "{}");
            assertTrue(sms.received().stream().noneMatch(t -> t.contains(phone)), "no message to a witness who asked for none");
        }
        List<JsonObject> reminders = api.get("/api/v1/witness-reminders?hearing=" + hearing, lawyerBd).array()
                .getValuesAs(JsonObject.class);
        assertTrue(reminders.stream().filter(r -> r.getJsonNumber("witnessId").longValue() == victim)
                .filter(r -> java.time.Instant.parse(r.getString("dueAt")).isBefore(java.time.Instant.now()))
                .allMatch(r -> r.getString("state").equals("DROPPED")), reminders.toString());
        JsonObject waiting = reminders.stream().filter(r -> r.getJsonNumber("witnessId").longValue() == officer)
                .filter(r -> java.time.Instant.parse(r.getString("dueAt")).isBefore(java.time.Instant.now()))
                .findFirst().orElseThrow();
        assertEquals("PENDING", waiting.getString("state"), "outside the safe hours it waits");
        assertEquals(0, waiting.getInt("attempts"), "waiting is not a failed attempt");

        // An intimidation concern: the hearing is at risk, and a safety check is due today.
        String concerns = "/api/v1/witnesses/" + victim + "/concerns";
        assertEquals(List.of("description"), api.post(concerns, lawyerBd, "{}").badFields());
        Answer raised = api.post(concerns, lawyerBd, "{\"description\":\"The accused's brother came to her village\"}");
        assertEquals(201, raised.status(), raised.body());
        long concern = raised.json().getJsonNumber("id").longValue();
        assertTrue(risksOf(hearing, victim).contains("INTIMIDATION"));
        assertTrue(api.get("/api/v1/witness-tasks/at-risk", lawyerBd).body().contains("\"id\":" + hearing + ","));
        assertEquals(List.of("resolution"), api.post(concerns + "/" + concern + "/close", lawyerBd, "{}").badFields());
        assertFalse(api.post(concerns + "/" + concern + "/close", lawyerBd,
                "{\"resolution\":\"Moved to the shelter; police informed\"}").json().getBoolean("open"));
        assertTrue(risksOf(hearing, victim).contains("INTIMIDATION"), "until the safety check is done");
        long check = api.get("/api/v1/hearings/" + hearing + "/attendance-plan", lawyerBd).json().getJsonArray("witnesses")
                .stream().map(JsonValue::asJsonObject).filter(w -> w.getJsonNumber("witnessId").longValue() == victim)
                .flatMap(w -> w.getJsonArray("tasks").stream()).map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("CHECK_SAFETY")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        api.post("/api/v1/witness-tasks/" + check + "/result", lawyerBd, "{\"result\":\"DONE\"}");
        assertFalse(risksOf(hearing, victim).contains("INTIMIDATION"));
        assertEquals(1, api.get(concerns, lawyerBd).array().size());

        assertEquals(404, api.get(rule, token("lawyer.uk")).status());
        assertEquals(404, api.post(concerns, token("lawyer.uk"), "{\"description\":\"x\"}").status());
        assertEquals(403, api.get(rule, token("trainer")).status());
    }

    /**
     * An accused bailed: every witness of the case is at risk on the hearing board until the witness team has checked
     * on them; taken back into custody, nothing more is asked.
     */
    @Test
    void anAccusedOutOnBailPutsEveryWitnessOfTheCaseAtRiskUntilChecked() {
        long caseId = openCase(Api.unique("Tr. B-"), "Tribunal 4, Khulna", "2024-01-10", "").getJsonNumber("id").longValue();
        long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + LocalDate.now().plusDays(9) + "T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json()
                .getJsonNumber("id").longValue();
        long officer = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"POLICE\",\"name\":\"SI Habib\",\"phone\":\"+880 1714-112233\"}").json()
                .getJsonNumber("id").longValue();
        JsonObject accused = api.post("/api/v1/court-cases/" + caseId + "/accused", lawyerBd,
                "{\"alias\":\"Accused K\",\"arrestedOn\":\"2024-01-05\"}").json();
        assertEquals("IN_CUSTODY", accused.getString("custody"));
        assertFalse(risksOf(hearing, officer).contains("INTIMIDATION"));

        String custody = "/api/v1/court-cases/" + caseId + "/accused/" + accused.getJsonNumber("id") + "/custody";
        assertEquals(List.of("date"), api.put(custody, lawyerBd, "{\"custody\":\"ON_BAIL\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").badFields());
        assertEquals(404, api.put(custody, token("lawyer.uk"), "{\"custody\":\"ON_BAIL\",\"date\":\""
                + LocalDate.now() + "\"}").status());
        JsonObject bailed = api.put(custody, lawyerBd, "{\"custody\":\"ON_BAIL\",\"date\":\"" + LocalDate.now()
                + "\",\"version\":" + accused.getJsonNumber("version") + "}").json();
        assertEquals("ON_BAIL", bailed.getString("custody"));
        assertTrue(risksOf(hearing, officer).contains("INTIMIDATION"), "the witness team is told at once");
        assertEquals(409, api.put(custody, lawyerBd, "{\"custody\":\"AT_LARGE\",\"date\":\"" + LocalDate.now()
                + "\",\"version\":" + accused.getJsonNumber("version") + "}").status(), "a stale page is a conflict");

        long checks = api.get("/api/v1/hearings/" + hearing + "/attendance-plan", lawyerBd).json().getJsonArray("witnesses")
                .stream().map(JsonValue::asJsonObject).flatMap(w -> w.getJsonArray("tasks").stream())
                .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("CHECK_SAFETY")).count();
        assertEquals(1, checks, "one check per witness, however the news comes");
    }

    private List<String> risksOf(long hearing, long witness) {
        return api.get("/api/v1/hearings/" + hearing + "/attendance-plan", lawyerBd).json().getJsonArray("witnesses")
                .stream().map(JsonValue::asJsonObject).filter(w -> w.getJsonNumber("witnessId").longValue() == witness)
                .findFirst().orElseThrow().getJsonArray("risks").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /**
     * The programme's figures on a court of its own: two witnesses required at today's hearing, one confirmed and
     * came, one did not and the hearing was adjourned for her absence; the programme began at this court today.
     */
    @Test
    void theWitnessFiguresCountAttendanceConfirmationsAndAdjournmentsPerCourt() {
        String court = Api.unique("Tribunal F-");
        long caseId = openCase(Api.unique("Tr. F-"), court, "2022-08-01", "").getJsonNumber("id").longValue();
        long officer = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"POLICE\",\"name\":\"SI Babul\"}").json().getJsonNumber("id").longValue();
        long victim = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd,
                "{\"role\":\"VICTIM\",\"name\":\"Witness Lata\"}").json().getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now();
        long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + today + "T09:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").json().getJsonNumber("id").longValue();
        long officersCall = api.get("/api/v1/hearings/" + hearing + "/attendance-plan", lawyerBd).json()
                .getJsonArray("witnesses").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getJsonNumber("witnessId").longValue() == officer).findFirst().orElseThrow()
                .getJsonArray("tasks").getJsonObject(0).getJsonNumber("id").longValue();
        api.post("/api/v1/witness-tasks/" + officersCall + "/result", lawyerBd, "{\"result\":\"CONFIRMED\"}");
        assertEquals(200, api.put("/api/v1/hearings/" + hearing + "/attendance", lawyerBd, "[{\"witnessId\":" + officer
                + ",\"attended\":true},{\"witnessId\":" + victim + ",\"attended\":false}]").status());
        api.put("/api/v1/hearings/" + hearing + "/outcome", lawyerBd, "{\"held\":false,\"adjournmentReason\":"
                + "\"WITNESS_ABSENT\",\"witnessRole\":\"VICTIM\",\"nextDate\":\"" + today.plusDays(30) + "\"}");

        JsonObject figures = api.get("/api/v1/witness-figures?from=" + today + "&to=" + today, lawyerBd).json();
        JsonObject byCourt = figures.getJsonArray("byCourt").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("key").equals(court)).findFirst().orElseThrow();
        assertEquals(2, byCourt.getInt("required"));
        assertEquals(1, byCourt.getInt("attended"));
        assertEquals(50.0, byCourt.getJsonNumber("percent").doubleValue());
        JsonObject adjournments = figures.getJsonArray("adjournments").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("court").equals(court)).findFirst().orElseThrow();
        assertEquals(today.toString(), adjournments.getString("programmeStarted"));
        assertEquals(1, adjournments.getJsonObject("after").getInt("count"));
        assertEquals(1, adjournments.getJsonObject("after").getInt("of"));
        assertEquals(0, adjournments.getJsonObject("before").getInt("of"));
        assertTrue(figures.getJsonObject("confirmed").getInt("count") >= 1);
        assertTrue(figures.getJsonArray("byRole").stream().map(JsonValue::asJsonObject)
                .anyMatch(r -> r.getString("key").equals("VICTIM")));

        assertFalse(api.get("/api/v1/witness-figures?from=" + today + "&to=" + today, token("lawyer.uk")).body()
                .contains(court), "another programme's court is not counted");
        assertEquals(List.of("from"), api.get("/api/v1/witness-figures?from=" + today.plusDays(1) + "&to=" + today,
                lawyerBd).badFields());
        assertEquals(List.of("to"), api.get("/api/v1/witness-figures?to=someday", lawyerBd).badFields());
        assertEquals(403, api.get("/api/v1/witness-figures", token("trainer")).status());
        assertEquals(200, api.get("/api/v1/witness-figures", token("mel")).status());
    }

    /**
     * After a crash and downtime (MySQL run: the test changes the database as a crashed server would leave it): a
     * reminder claimed by an instance that died is sent once its claim expires, while a live claim is respected;
     * an attendance whose reminders were never planned gets them on the next run; a reminder missed during the
     * downtime still goes if its hearing is to come, and is dropped if the hearing has passed.
     */
    @Test
    void afterACrashMissedRemindersAreCaughtUpAndStaleOnesDropped() throws Exception {
        if (!TestDatabase.isMySql()) {
            return; // the embedded database is the server's own file: only the MySQL run can reach inside it
        }
        long caseId = openCase(Api.unique("Tr. C-"), "Tribunal 8, Chuadanga", "2022-09-01", "").getJsonNumber("id").longValue();
        long[] witnesses = new long[4];
        for (int i = 0; i < 4; i++) {
            witnesses[i] = api.post("/api/v1/court-cases/" + caseId + "/witnesses", lawyerBd, "{\"role\":\"OTHER\","
                    + "\"name\":\"Witness " + i + "\",\"phone\":\"+88015" + (10000000 + new java.util.Random().nextInt(89999999))
                    + "\"}").json().getJsonNumber("id").longValue();
        }
        long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", lawyerBd, "{\"scheduledAt\":\""
                + LocalDate.now().plusDays(9) + "T10:30:00\",\"purpose\":\"WITNESS_EXAMINATION\"}")
                .json().getJsonNumber("id").longValue();
        try (java.sql.Connection db = TestDatabase.connect(); java.sql.Statement s = db.createStatement()) {
            String due = "hearing_id = " + hearing + " and witness_id = ";
            // Witness 0: claimed by a server that crashed mid-send; the claim expired a minute ago.
            // (Instants are stored as UTC; the D7 reminders are a few days off, so each is made due by hand.)
            s.executeUpdate("update wit_reminder set claimed_by = 'crashed', claimed_until = utc_timestamp() - interval 1 minute,"
                    + " next_attempt_at = utc_timestamp() - interval 1 hour where " + due + witnesses[0] + " and offset_code = 'D7'");
            // Witness 1: claimed a moment ago by an instance that is still working on it.
            s.executeUpdate("update wit_reminder set claimed_by = 'alive', claimed_until = utc_timestamp() + interval 10 minute,"
                    + " next_attempt_at = utc_timestamp() - interval 1 hour where " + due + witnesses[1] + " and offset_code = 'D7'");
            // Witness 2: the server went down between planning the attendance and its reminders.
            s.executeUpdate("delete from wit_reminder where " + due + witnesses[2]);
            s.executeUpdate("update wit_attendance set plan_reminders = true where " + due + witnesses[2]);
            // Witness 3: its D7 reminder fell due during two days of downtime.
            s.executeUpdate("update wit_reminder set due_at = utc_timestamp() - interval 2 day,"
                    + " next_attempt_at = utc_timestamp() - interval 2 day where " + due + witnesses[3] + " and offset_code = 'D7'");
        }
        try (SmsGatewayStub sms = new SmsGatewayStub(2526)) {
            api.post("/api/v1/witness-reminders/run", token("admin"), "{}");
        }
        Map<Long, List<JsonObject>> byWitness = new HashMap<>();
        api.get("/api/v1/witness-reminders?hearing=" + hearing, lawyerBd).array().getValuesAs(JsonObject.class)
                .forEach(r -> byWitness.computeIfAbsent(r.getJsonNumber("witnessId").longValue(), k -> new java.util.ArrayList<>()).add(r));
        assertEquals("SENT", stateOf(byWitness.get(witnesses[0]), "D7"), "an expired claim is taken over");
        assertEquals("PENDING", stateOf(byWitness.get(witnesses[1]), "D7"), "a live claim is left alone");
        assertEquals("SENT", stateOf(byWitness.get(witnesses[2]), "D14"), "planned on the next run, the latest past one sent");
        assertTrue(byWitness.get(witnesses[2]).stream().anyMatch(r -> r.getString("offset").equals("MORNING")));
        assertEquals("SENT", stateOf(byWitness.get(witnesses[3]), "D7"), "missed during downtime: caught up");

        // The hearing was yesterday by the time the server came back: what was still waiting for it is dropped.
        try (java.sql.Connection db = TestDatabase.connect(); java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("update crt_hearing set scheduled_at = now() - interval 1 day where id = " + hearing);
            s.executeUpdate("update wit_reminder set hearing_at = now() - interval 1 day, claimed_until = null,"
                    + " next_attempt_at = utc_timestamp() - interval 1 hour where hearing_id = " + hearing + " and state = 'PENDING'");
        }
        api.post("/api/v1/witness-reminders/run", token("admin"), "{}");
        List<JsonObject> after = api.get("/api/v1/witness-reminders?hearing=" + hearing, lawyerBd).array()
                .getValuesAs(JsonObject.class);
        assertTrue(after.stream().noneMatch(r -> r.getString("state").equals("PENDING")), after.toString());
        assertEquals("DROPPED", stateOf(after.stream().filter(r -> r.getJsonNumber("witnessId").longValue() == witnesses[1])
                .toList(), "D7"));
    }

    private static String stateOf(List<JsonObject> reminders, String offset) {
        return reminders.stream().filter(r -> r.getString("offset").equals(offset)).findFirst().orElseThrow()
                .getString("state");
    }

    private Map<Long, JsonObject> escortPlan(LocalDate day) {
        Map<Long, JsonObject> byWitness = new HashMap<>();
        api.get("/api/v1/witness-escorts?date=" + day, lawyerBd).array().forEach(v ->
                byWitness.put(v.asJsonObject().getJsonNumber("witnessId").longValue(), v.asJsonObject()));
        return byWitness;
    }
}
