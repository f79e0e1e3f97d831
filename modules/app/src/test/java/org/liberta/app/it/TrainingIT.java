package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Training records on the packaged WAR: the 2021 report's professionals-trained figures from the demo data, and a
 * trainer's work — a course, a session, attendees matched to the one record per professional, scores checked
 * against the course's range — with the rules that keep the records straight and the scope that keeps them apart.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @ArquillianResource
    private URL base;

    private Api api;
    private String trainer;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void signIn() {
        Deployments.awaitReady(base);
        api = new Api(base);
        trainer = api.token("trainer", Deployments.DEMO_PASSWORD);
    }

    /** A trainer working only in one programme, made for the test by the administrator. */
    private String trainerOf(String programme) {
        String username = "trainer." + UUID.randomUUID().toString().substring(0, 8);
        Answer created = api.post("/api/v1/users", api.token("admin", Deployments.ADMIN_PASSWORD), """
                {"username":"%s","password":"a perfectly fine passphrase","roles":["TRAINER"],"programmes":["%s"]}"""
                .formatted(username, programme));
        assertEquals(201, created.status(), created.body());
        return api.token(username, "a perfectly fine passphrase");
    }

    @Test
    void theDemoDataReproducesThe2021ReportsProfessionalsTrained() {
        JsonObject line = api.headline("2021-03-01", "2021-08-31").get("PROFESSIONALS_TRAINED");
        assertEquals(868, line.getInt("direct"), line.toString());
        assertEquals(868, line.getInt("inclFundedJointOps"), line.toString());
        JsonObject byProgramme = line.getJsonObject("byProgramme");
        assertEquals(544, byProgramme.getInt("UK"));
        assertEquals(324, byProgramme.getInt("BD"));
        assertEquals(92, byProgramme.getInt("TH"));
        assertEquals(700, line.getInt("directPrevious"), "March–August 2020 across the direct programmes");
        assertEquals(24.0, line.getJsonNumber("directChangePct").doubleValue(), 0.5, "700 → 868 is +24 %");
        JsonObject attendances = api.headline("2021-03-01", "2021-08-31").get("TRAINING_ATTENDANCES");
        assertEquals(544 + 60 + 20, attendances.getJsonObject("byProgramme").getInt("UK"),
                "60 trained twice and 20 who did not complete are attendances, not extra professionals");

        JsonObject figures = api.get("/api/v1/training/figures?from=2021-03-01&to=2021-08-31",
                api.token("mel", Deployments.DEMO_PASSWORD)).json();
        JsonObject total = figures.getJsonObject("total");
        assertEquals(544 + 324 + 92, total.getInt("trained"), "every programme the viewer sees, each person once");
        assertEquals(544 + 60 + 20 + 324 + 92, total.getInt("attendances"));
        assertEquals(98.1, total.getJsonNumber("completionPct").doubleValue(), 0.001, "20 of 1,040 did not complete");
        assertEquals(60, figures.getInt("repeatParticipants"));
        assertTrue(total.getJsonNumber("meanGain").doubleValue() > 0, total.toString());
        assertEquals(total.getInt("trained"), figures.getJsonArray("byCountry").stream()
                .mapToInt(r -> r.asJsonObject().getInt("trained")).sum(), "nobody trained in two countries");
        JsonObject spp = figures.getJsonArray("byProfession").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("key").equals("SPECIAL_PUBLIC_PROSECUTOR")).findFirst().orElseThrow();
        assertTrue(spp.getInt("trained") > 0);
        assertEquals(List.of("from"), api.get("/api/v1/training/figures?from=2021-09-01&to=2021-08-31", trainer)
                .badFields());
        assertEquals(0, api.get("/api/v1/training/figures?from=2021-03-01&to=2021-08-31", trainerOf("RO")).json()
                .getJsonObject("total").getInt("trained"), "Romania trained nobody in 2021");
    }

    @Test
    void aTrainerRecordsASessionAndEachProfessionalOnce() {
        String title = Api.unique("Victim identification for border staff ");
        assertEquals(List.of("title", "scoreMax"), api.post("/api/v1/training/courses", trainer,
                "{\"scoreMin\":10,\"scoreMax\":10}").badFields());
        Answer course = api.post("/api/v1/training/courses", trainer, "{\"title\":\"" + title + "\",\"scoreMin\":0,"
                + "\"scoreMax\":50,\"validMonths\":12,\"assessment\":\"Quiz\"}");
        assertEquals(201, course.status(), course.body());
        assertEquals(409, api.post("/api/v1/training/courses", trainer, "{\"title\":\"" + title.toUpperCase() + "\"}").status(),
                "one course per title, whatever the case");

        assertEquals(List.of("endDate"), api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\""
                + title + "\",\"date\":\"2026-10-05\",\"endDate\":\"2026-10-04\",\"location\":\"Dover\"}").badFields(),
                "a session cannot end before it starts");
        assertEquals(List.of("course"), api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\","
                + "\"course\":\"   \",\"date\":\"2026-10-05\",\"location\":\"Dover\"}").badFields());
        assertEquals(List.of("programme"), api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"RO\","
                + "\"course\":\"" + title + "\",\"date\":\"2026-10-05\",\"location\":\"Iasi\"}").badFields(),
                "not one of the trainer's programmes");
        Answer created = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-10-05\",\"location\":\"Dover\",\"trainer\":\"A. Trainer\",\"audience\":\"Border Force\"}");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        String attendees = "/api/v1/training/sessions/" + session + "/attendees";

        Map<String, JsonObject> before = api.headline("2026-10-05", "2026-10-05");
        String email = Api.unique("officer.") + "@borderforce.example.gov.uk";
        Answer first = api.post(attendees, trainer, "{\"name\":\"Jane Doe\",\"organisation\":\"Border Force\","
                + "\"profession\":\"BORDER_OFFICIAL\",\"email\":\"" + email + "\",\"completed\":true,\"preScore\":20,\"postScore\":35}");
        assertEquals(201, first.status(), first.body());
        assertFalse(first.json().getBoolean("matched"));
        assertEquals(15, first.json().getInt("knowledgeGain"));
        long jane = first.json().getJsonNumber("professionalId").longValue();

        Answer again = api.post(attendees, trainer, "{\"name\":\"JANE  DOE\",\"organisation\":\"border force\","
                + "\"profession\":\"BORDER_OFFICIAL\"}");
        assertEquals(List.of("name"), again.badFields(), "the same person twice on one session");
        assertEquals(List.of("preScore", "postScore"), api.post(attendees, trainer, "{\"name\":\"Sam Roe\","
                + "\"organisation\":\"Border Force\",\"profession\":\"BORDER_OFFICIAL\",\"preScore\":-1,\"postScore\":51}")
                .badFields(), "scores outside the course's 0–50");
        assertEquals(List.of("profession", "email"), api.post(attendees, trainer, "{\"name\":\"Sam Roe\","
                + "\"organisation\":\"Border Force\",\"profession\":\"ASTRONAUT\",\"email\":\"sam@\"}").badFields());
        JsonObject postOnly = api.post(attendees, trainer, "{\"name\":\"Sam Roe\",\"organisation\":\"Border Force\","
                + "\"profession\":\"BORDER_OFFICIAL\",\"completed\":false,\"postScore\":40}").json();
        api.post(attendees, trainer, "{\"name\":\"=HYPERLINK(\\\"http://evil.example\\\")\",\"organisation\":\"@SUM(1)\","
                + "\"profession\":\"OTHER\",\"completed\":false}");
        String exported = new String(api.download(attendees + "/export", trainer, "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(exported.contains("'=HYPERLINK") && exported.contains("'@SUM(1)"), "no name runs as a formula: " + exported);
        assertTrue(exported.contains("Jane Doe") && exported.contains(",15"), exported);
        assertTrue(postOnly.isNull("knowledgeGain") || !postOnly.containsKey("knowledgeGain"),
                "a post score without a pre score is kept but has no gain");
        assertEquals(3, api.get(attendees, trainer).array().size(), "rejected attendees wrote nothing");
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        JsonObject exportAudit = api.get("/api/v1/audit?action=EXPORT&recordType=training-attendance&size=1", admin)
                .items().getJsonObject(0);
        assertEquals("trainer", exportAudit.getString("user"), exportAudit.toString());
        assertEquals(String.valueOf(session), exportAudit.getString("recordId"), "which session's attendance left");

        // M&E reads the session for its counts: the people, not how to reach them.
        String mel = api.token("mel", Deployments.DEMO_PASSWORD);
        List<JsonObject> seenByMel = api.get(attendees, mel).array().getValuesAs(JsonObject.class);
        assertEquals(3, seenByMel.size());
        assertTrue(seenByMel.stream().allMatch(a -> a.isNull("email") || !a.containsKey("email")), seenByMel.toString());
        String melCsv = new String(api.download(attendees + "/export", mel, "text/csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(melCsv.contains(email), "no e-mail in M&E's copy either: " + melCsv);
        assertTrue(melCsv.contains("Jane Doe"), melCsv);

        // Jane comes back to another session, typed differently: she is the same professional.
        long second = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-10-06\",\"online\":true}").json().getJsonNumber("id").longValue();
        JsonObject back = api.post("/api/v1/training/sessions/" + second + "/attendees", trainer, "{\"name\":\"Jane Doe\","
                + "\"organisation\":\"Border Force (Dover)\",\"profession\":\"BORDER_OFFICIAL\",\"email\":\""
                + email.toUpperCase() + "\"}").json();
        assertTrue(back.getBoolean("matched"));
        assertEquals(jane, back.getJsonNumber("professionalId").longValue(), "the same e-mail is the same person");

        Map<String, JsonObject> after = api.headline("2026-10-05", "2026-10-06");
        int trainedBefore = before.get("PROFESSIONALS_TRAINED").getJsonObject("byProgramme").getInt("UK");
        assertEquals(trainedBefore + 1, after.get("PROFESSIONALS_TRAINED").getJsonObject("byProgramme").getInt("UK"),
                "Jane completed twice and counts once; Sam did not complete");

        long samAttendance = postOnly.getJsonNumber("attendanceId").longValue();
        assertEquals(List.of("preScore"), api.put(attendees + "/" + samAttendance, trainer, "{\"preScore\":99}").badFields());
        assertTrue(api.put(attendees + "/" + samAttendance, trainer, "{\"completed\":true,\"preScore\":30}").json()
                .getBoolean("completed"));

        JsonObject page = api.get("/api/v1/training/sessions?from=2026-10-05&to=2026-10-06&size=1", trainer).json();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 2);
        assertEquals(List.of("from"), api.get("/api/v1/training/sessions?from=2026-10-07&to=2026-10-06", trainer).badFields());

        String romania = trainerOf("RO");
        assertEquals(404, api.get(attendees, romania).status(), "another programme's session does not exist");
        assertEquals(404, api.post(attendees, romania, "{\"name\":\"X\",\"organisation\":\"Y\",\"profession\":\"POLICE\"}").status());
        String caseworker = api.token("navigator.uk", Deployments.DEMO_PASSWORD);
        assertEquals(403, api.get("/api/v1/training/sessions", caseworker).status(), "trainers' records, not caseworkers'");
        assertEquals(403, api.get(attendees, api.token("lawyer.uk", Deployments.DEMO_PASSWORD)).status());
        JsonObject session1 = api.get("/api/v1/training/sessions/" + session, trainer).json();
        assertEquals(3, session1.getInt("attendees"));

        // The course is revised by whoever has its latest version; an older one is a conflict.
        long courseId = course.json().getJsonNumber("id").longValue();
        long version = course.json().getJsonNumber("version").longValue();
        String revise = "/api/v1/training/courses/" + courseId;
        assertEquals(409, api.put(revise, trainer, "{\"title\":\"" + title + " (2026)\",\"scoreMax\":50,\"version\":"
                + (version + 7) + "}").status());
        assertEquals(List.of("scoreMax"), api.put(revise, trainer, "{\"title\":\"" + title + "\",\"scoreMin\":10,"
                + "\"scoreMax\":5,\"version\":" + version + "}").badFields());
        assertEquals(title + " (2026)", api.put(revise, trainer, "{\"title\":\"" + title + " (2026)\",\"scoreMax\":50,"
                + "\"validMonths\":24,\"version\":" + version + "}").json().getString("title"));
        assertTrue(api.get(attendees, trainer).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> email.equals(a.getString("email", null))), "contact details for the session's trainers");
    }

    /**
     * A session's sign-in sheet, as CSV and as XLSX: previewed without writing, imported with each bad row rejected
     * alone and named by line and column, and sent again without creating anyone twice.
     */
    @Test
    void aSignInSheetImportsOnceAndABadRowWritesNothing() throws Exception {
        assertTrue(new String(api.download("/api/v1/training/sessions/sign-in-sheet-template", trainer, "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").startsWith("name,organisation,profession"));
        long session = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"BD\",\"course\":\""
                + "Prosecuting trafficking cases under PSHTA 2012\",\"date\":\"2026-09-14\",\"location\":\"Khulna\"}")
                .json().getJsonNumber("id").longValue();
        String sheet = "/api/v1/training/sessions/" + session + "/sign-in-sheet";
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,organisation,profession,email,completed,pre_score,post_score\n"
                + "Anisur Rahman " + tag + ",SPP Office Khulna,SPECIAL_PUBLIC_PROSECUTOR,,yes,40,75\n"
                + "Taslima Khatun " + tag + ",,,t." + tag + "@police.example.bd,no,,\n"
                + "ANISUR RAHMAN " + tag + ",spp office khulna,SPECIAL_PUBLIC_PROSECUTOR,,yes,,\n"
                + "Habib Miah " + tag + ",SPP Office Khulna,SPECIAL_PUBLIC_PROSECUTOR,,maybe,forty,\n"
                + "Salma Begum " + tag + ",SPP Office Khulna,JUDGE,,yes,20,150\n";
        byte[] file = csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String defaults = "?organisation=Khulna%20Metropolitan%20Police&profession=POLICE";

        JsonObject preview = api.upload(sheet + defaults + "&dryRun=true", trainer, "text/csv", file).json();
        assertEquals(2, preview.getInt("created"), preview.toString());
        assertEquals(0, api.get("/api/v1/training/sessions/" + session + "/attendees", trainer).array().size(),
                "a preview writes nothing");

        JsonObject imported = api.upload(sheet + defaults, trainer, "text/csv", file).json();
        assertEquals(2, imported.getInt("created"), imported.toString());
        Map<Integer, List<String>> rejected = new HashMap<>();
        imported.getJsonArray("rejected").forEach(r -> rejected.put(r.asJsonObject().getInt("line"), r.asJsonObject()
                .getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList()));
        assertEquals(List.of("name"), rejected.get(4), "the same person twice on one sheet");
        assertEquals(List.of("completed", "pre_score"), rejected.get(5));
        assertEquals(List.of("post_score"), rejected.get(6), "outside the course's 0-100");
        List<JsonObject> people = api.get("/api/v1/training/sessions/" + session + "/attendees", trainer).array()
                .getValuesAs(JsonObject.class);
        assertEquals(2, people.size());
        JsonObject taslima = people.stream().filter(p -> p.getString("name").startsWith("Taslima")).findFirst().orElseThrow();
        assertEquals("Khulna Metropolitan Police", taslima.getString("organisation"), "the room's organisation");
        assertFalse(taslima.getBoolean("completed"));

        JsonObject again = api.upload(sheet + defaults, trainer, "text/csv", file).json();
        assertEquals(0, again.getInt("created"), again.toString());
        assertEquals(2, again.getInt("unchanged"), again.toString());
        assertEquals(2, api.get("/api/v1/training/sessions/" + session + "/attendees", trainer).array().size());

        // The same people in a workbook, Taslima now having completed: one update, nobody new.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("Sign-in");
            String[][] rows = {{"Name", "Organisation", "Profession", "Email", "Completed"},
                {"Anisur Rahman " + tag, "SPP Office Khulna", "SPECIAL_PUBLIC_PROSECUTOR", "", "yes"},
                {"Taslima Khatun " + tag, "Khulna Metropolitan Police", "POLICE", "t." + tag + "@police.example.bd", "yes"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        JsonObject workbook = api.upload(sheet, trainer,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()).json();
        assertEquals(1, workbook.getInt("updated"), workbook.toString());
        assertEquals(1, workbook.getInt("unchanged"), workbook.toString());
        assertEquals(0, workbook.getInt("created"), workbook.toString());

        assertEquals(List.of("file"), api.upload(sheet, trainer, "text/csv",
                "organisation\nX\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).badFields(), "no name column");
        assertEquals(404, api.upload(sheet, trainerOf("RO"), "text/csv", file).status());
    }

    /**
     * Certificates: issued once to those who completed, a PDF that reads back with the name, course and code;
     * anyone can check a code without signing in and learns only the name, course, date and status; re-issuing
     * retires the old code; revoking needs a reason; the expiring list shows live certificates only.
     */
    @Test
    void certificatesAreIssuedOnceVerifiedByAnyoneReissuedAndRevoked() throws Exception {
        String title = Api.unique("Referral pathways ");
        api.post("/api/v1/training/courses", trainer, "{\"title\":\"" + title + "\",\"validMonths\":12}");
        long session = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-11-02\",\"location\":\"Leeds\"}").json().getJsonNumber("id").longValue();
        String person = Api.unique("Priya Shah ");
        api.post("/api/v1/training/sessions/" + session + "/attendees", trainer, "{\"name\":\"" + person
                + "\",\"organisation\":\"West Yorkshire Police\",\"profession\":\"POLICE\",\"email\":\""
                + Api.unique("p.shah.") + "@police.example.uk\"}");
        api.post("/api/v1/training/sessions/" + session + "/attendees", trainer, "{\"name\":\"Tom Hill\","
                + "\"organisation\":\"West Yorkshire Police\",\"profession\":\"POLICE\",\"completed\":false}");

        String issue = "/api/v1/training/sessions/" + session + "/certificates";
        List<JsonObject> issued = api.post(issue, trainer, "{}").array().getValuesAs(JsonObject.class);
        assertEquals(1, issued.size(), "only those who completed");
        assertEquals(1, api.post(issue, trainer, "{}").array().size(), "issuing again gives the same certificate");
        JsonObject certificate = issued.get(0);
        assertEquals("VALID", certificate.getString("status"));
        assertEquals(java.time.LocalDate.now().plusMonths(12).toString(), certificate.getString("expiresOn"));
        long id = certificate.getJsonNumber("id").longValue();
        String code = certificate.getString("code");

        byte[] pdf = api.download("/api/v1/training/certificates/" + id + "/pdf", trainer, "application/pdf");
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains(person) && text.contains(title) && text.contains(code), text);

        JsonObject verified = api.get("/api/v1/public/certificates/" + code.toLowerCase().replace("-", ""), null).json();
        assertEquals(person, verified.getString("name"));
        assertEquals(title, verified.getString("course"));
        assertEquals("2026-11-02", verified.getString("date"));
        assertEquals("VALID", verified.getString("status"));
        assertEquals(java.util.Set.of("name", "course", "date", "status"), verified.keySet(), "nothing else");
        assertEquals(404, api.get("/api/v1/public/certificates/AAAA-BBBB-CCCC", null).status());

        JsonObject fresh = api.post("/api/v1/training/certificates/" + id + "/reissue", trainer, "{}").json();
        assertFalse(code.equals(fresh.getString("code")));
        assertEquals("REPLACED", api.get("/api/v1/public/certificates/" + code, null).json().getString("status"));
        long freshId = fresh.getJsonNumber("id").longValue();
        List<Long> expiring = api.get("/api/v1/training/certificates?expiringWithin=400&size=100", trainer).items()
                .stream().map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(expiring.contains(freshId) && !expiring.contains(id), expiring.toString());

        String revoke = "/api/v1/training/certificates/" + freshId + "/revoke";
        assertEquals(List.of("reason"), api.post(revoke, trainer, "{}").badFields());
        assertEquals("REVOKED", api.post(revoke, trainer, "{\"reason\":\"Issued in error\"}").json().getString("status"));
        assertEquals("REVOKED", api.get("/api/v1/public/certificates/" + fresh.getString("code"), null).json()
                .getString("status"));
        Answer revokedPdf = api.get("/api/v1/training/certificates/" + freshId + "/pdf", trainer, "application/pdf");
        assertEquals(400, revokedPdf.status(), "a revoked certificate is not printed");
        assertTrue(revokedPdf.body().contains("certificate"), revokedPdf.body());
        assertEquals(404, api.post("/api/v1/training/certificates/" + id + "/reissue", trainerOf("RO"), "{}").status());
        assertEquals(List.of("expiringWithin"), api.get("/api/v1/training/certificates?expiringWithin=0", trainer).badFields());
    }

    /**
     * Likely duplicates are offered, and a merge keeps the whole history: both sessions, the certificate (now in the
     * surviving name), one attendance where both records attended the same session; the person then counts once.
     */
    @Test
    void aLikelyDuplicateIsMergedAndKeepsItsHistory() {
        String title = Api.unique("Labour exploitation indicators ");
        api.post("/api/v1/training/courses", trainer, "{\"title\":\"" + title + "\"}");
        String org = Api.unique("Gangmasters Authority ");
        long first = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-08-03\",\"location\":\"Nottingham\"}").json().getJsonNumber("id").longValue();
        long second = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-08-04\",\"location\":\"Nottingham\"}").json().getJsonNumber("id").longValue();
        String attendee = "{\"name\":\"%s\",\"organisation\":\"" + org + "\",\"profession\":\"LABOUR_INSPECTOR\""
                + ",\"preScore\":%d}";
        long mohammed = api.post("/api/v1/training/sessions/" + first + "/attendees", trainer,
                attendee.formatted("Mohammed Karim", 50)).json().getJsonNumber("professionalId").longValue();
        long mohammad = api.post("/api/v1/training/sessions/" + second + "/attendees", trainer,
                attendee.formatted("Mohammad Karim", 55)).json().getJsonNumber("professionalId").longValue();
        api.post("/api/v1/training/sessions/" + first + "/attendees", trainer, attendee.formatted("Mohammad Karim", 52));
        assertTrue(mohammed != mohammad, "one letter apart: two records until someone says otherwise");
        String code = api.post("/api/v1/training/sessions/" + second + "/certificates", trainer, "{}").array()
                .getJsonObject(0).getString("code");
        assertEquals(2, trainedOn("2026-08-03", "2026-08-04"));

        JsonObject detail = api.get("/api/v1/training/professionals/" + mohammed, trainer).json();
        assertTrue(detail.getJsonArray("likelyDuplicates").stream().anyMatch(d -> d.asJsonObject()
                .getJsonNumber("id").longValue() == mohammad), detail.toString());
        assertEquals(List.of("into"), api.post("/api/v1/training/professionals/" + mohammad + "/merge", trainer,
                "{\"into\":" + mohammad + "}").badFields());
        assertEquals(200, api.post("/api/v1/training/professionals/" + mohammad + "/merge", trainer,
                "{\"into\":" + mohammed + "}").status());

        JsonObject merged = api.get("/api/v1/training/professionals/" + mohammed, trainer).json();
        assertEquals(2, merged.getJsonArray("history").size(), "both sessions, the shared one once");
        assertEquals(1, merged.getInt("certificates"));
        assertEquals(404, api.get("/api/v1/training/professionals/" + mohammad, trainer).status(), "merged away");
        assertEquals("Mohammed Karim", api.get("/api/v1/public/certificates/" + code, null).json().getString("name"));
        assertEquals(1, trainedOn("2026-08-03", "2026-08-04"), "one person now");
        assertEquals(1, api.get("/api/v1/training/sessions/" + first + "/attendees", trainer).array().size());
        assertTrue(api.get("/api/v1/training/professionals?q=" + org.substring(0, 12).replace(" ", "%20"), trainer)
                .items().size() >= 1);
        assertEquals(404, api.get("/api/v1/training/professionals/" + mohammed, trainerOf("RO")).status());
    }

    private int trainedOn(String from, String to) {
        return api.headline(from, to).get("PROFESSIONALS_TRAINED").getJsonObject("byProgramme").getInt("UK");
    }
}
