package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonArray;
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
 * Casework's REST contract, scope and identity protection, and the headline report over the demo data, on the
 * packaged WAR. The demo data is made of individual records entered through the modules' services, so the
 * 2021 table coming out right checks both the records and the counting.
 */
@ExtendWith(ArquillianExtension.class)
class CaseworkAndReportIT {

    @ArquillianResource
    private URL base;

    private Api api;
    private String navigatorUk;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void signIn() {
        Deployments.awaitReady(base);
        api = new Api(base);
        navigatorUk = api.token("navigator.uk", Deployments.DEMO_PASSWORD);
    }

    private String token(String user) {
        return user.equals("admin") ? api.token("admin", Deployments.ADMIN_PASSWORD) : api.token(user, Deployments.DEMO_PASSWORD);
    }

    private static String canary() {
        return "Canary " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonObject intake(String legalName) {
        Answer created = api.post("/api/v1/survivors", navigatorUk, """
                {"programme":"UK","legalName":"%s","phone":"+44 7700 900123","identityDocument":"passport AL4471190",
                 "address":"12 Canary Wharf Road","gender":"FEMININE","birthYear":1996,
                 "nationality":"AL","exploitationTypes":["SEXUAL_EXPLOITATION","FORCED_CRIMINALITY"]}""".formatted(legalName));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").contains("/survivors/"));
        return created.json();
    }

    @Test
    void theDemoDataReproducesThe2021ReportsCaseworkFigures() {
        JsonObject report = api.get("/api/v1/reports/headline?from=2021-03-01&to=2021-08-31", token("mel")).json();
        assertEquals("2020-03-01", report.getJsonObject("comparison").getString("from"));
        Map<String, JsonObject> lines = new java.util.HashMap<>();
        report.getJsonArray("indicators").forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));

        assertLine(lines.get("VICTIMS_REMOVED"), 49, 18, 49, Map.of("UK", 26, "BD", 23, "TH", 9, "IN", 0));
        assertLine(lines.get("SURVIVORS_CARED_FOR"), 473, 192, 566, Map.of("UK", 166, "BD", 307, "TH", 27, "IN", 93));
        assertEquals(146, lines.get("SURVIVORS_CARED_FOR").getInt("directChangePct"));
        assertLine(lines.get("SURVIVORS_REPATRIATED"), 22, 27, 22, Map.of("UK", 3, "BD", 19, "TH", 0, "IN", 0));
        assertLine(lines.get("PREVENTION_REACHED"), 30, 750, 88, Map.of("UK", 0, "BD", 30, "TH", 0, "IN", 58));
        assertEquals(-96, lines.get("PREVENTION_REACHED").getInt("directChangePct"));

        Map<String, Integer> outcomes = Map.of("INVESTIGATION_FURTHER_VICTIMS", 11, "INVESTIGATION_SUSPECTS", 182,
                "INVESTIGATION_ARRESTS", 130, "INVESTIGATION_LINES_OF_ENQUIRY", 8, "INVESTIGATION_CHARGES", 6,
                "INVESTIGATION_LOCATIONS_IDENTIFIED", 92, "INVESTIGATION_LOCATIONS_CHECKED", 49);
        outcomes.forEach((code, total) -> assertEquals(total, lines.get(code).getJsonObject("byProgramme").getInt("UK"), code));
        assertEquals(0, lines.get("RETRAFFICKED").getJsonObject("rate").getJsonObject("byProgrammePct").getInt("BD"),
                "Bangladesh: 0% re-trafficked");
        assertTrue(lines.get("FOLLOW_UPS").getJsonObject("byProgramme").getInt("BD") > 2100, "more than 2,100 follow-ups");
        assertEquals(94, ukPercent(lines, "POLICE_ENGAGED"));
        assertEquals(25, ukPercent(lines, "POLICE_ABE_INTERVIEW"));
        assertEquals(32, ukPercent(lines, "POLICE_SUPPORTS_PROSECUTION"));
        assertTrue(ukPercent(lines, "RECOVERY_IMPROVED") > 65, "more than 65% progress in a key area");
    }

    @Test
    void theHeadlineReportGoesOutAsCsvExcelAndPdfAndForAnExternalAudience() throws Exception {
        String mel = token("mel");
        String period = "/api/v1/reports/headline?from=2021-03-01&to=2021-08-31";
        String csv = new String(api.download(period, mel, "text/csv"), StandardCharsets.UTF_8);
        List<String> csvLines = csv.lines().toList();
        assertTrue(csvLines.get(0).startsWith("\uFEFFIndicator,Direct,Previous,Change,Incl. funded joint ops"), csvLines.get(0));
        assertTrue(csvLines.get(0).endsWith("Joint operation: " + programmeName("TH")), "joint operations last, apart: "
                + csvLines.get(0));
        assertTrue(csv.contains("Survivors cared for,473,192,↑ 146%,566,307,"), csv);
        assertTrue(csv.contains("Vulnerable people receiving prevention education,30,750,↓ 96%,88,"), csv);

        byte[] xlsx = api.download(period + "&format=xlsx", mel, "*/*");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row caredFor = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0) != null && "Survivors cared for".equals(row.getCell(0).getStringCellValue())) {
                    caredFor = row;
                }
            }
            assertEquals(473, (int) caredFor.getCell(1).getNumericCellValue(), "a number Excel can add up");
            assertEquals("↑ 146%", caredFor.getCell(3).getStringCellValue());
            assertEquals(566, (int) caredFor.getCell(4).getNumericCellValue());
        }
        byte[] pdf = api.download(period, mel, "application/pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf))
                .getTextFromPage(1).replaceAll("\\s+", " ");
        assertTrue(text.contains("Headline report 2021-03-01 – 2021-08-31"), text);
        // (the text extractor runs table cells together, so the row is compared without spaces)
        assertTrue(text.replace(" ", "").contains("Survivorscaredfor473192↑146%566307"), text);

        // For an external audience: UK's 3 repatriations could point at someone; Bangladesh's 19 would give them
        // away from the direct total of 22, so it goes too; the change from the hidden total is not shown.
        JsonObject external = api.get(period + "&audience=external", mel).json();
        assertEquals(5, external.getInt("minimumCell"));
        JsonObject repatriated = external.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("SURVIVORS_REPATRIATED")).findFirst().orElseThrow();
        assertTrue(repatriated.getJsonObject("byProgramme").isNull("UK"), repatriated.toString());
        assertTrue(repatriated.getJsonObject("byProgramme").isNull("BD"), repatriated.toString());
        assertEquals(List.of("BD", "UK"), repatriated.getJsonArray("suppressed").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).sorted().toList(),
                "UK's 3, and Bangladesh's 19 that would give it away from the total of 22");
        assertEquals(22, repatriated.getInt("direct"), "the total itself reveals no one");
        String externalCsv = new String(api.download(period + "&audience=external&format=csv", mel, "*/*"),
                StandardCharsets.UTF_8);
        assertTrue(externalCsv.contains("< 5"), externalCsv);

        // The records behind a figure: as many as the figure counts, by reference, paged, within scope.
        String records = "/api/v1/reports/headline/records?from=2021-03-01&to=2021-08-31&code=SURVIVORS_CARED_FOR";
        JsonObject bangladesh = api.get(records + "&column=BD&size=10", mel).json();
        assertEquals(307, bangladesh.getInt("total"));
        assertEquals(10, bangladesh.getJsonArray("items").size());
        assertTrue(bangladesh.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getString("reference").startsWith("BD-") && r.getString("programme").equals("BD")),
                bangladesh.toString());
        assertEquals(473, api.get(records, mel).json().getInt("total"), "the direct column by default");
        assertEquals(1, api.get(records.replace("SURVIVORS_CARED_FOR", "PROSECUTIONS_SUPPORTED") + "&column=UK", mel)
                .json().getInt("total"));
        assertEquals(List.of("code"), api.get(records.replace("SURVIVORS_CARED_FOR", "HAPPINESS"), mel).badFields());
        assertEquals(List.of("column"), api.get(records + "&column=UK", token("aftercare.bd")).badFields(),
                "another programme's records are not the viewer's to open");
        assertEquals(403, api.get(records, token("trainer")).status(), "trainers see no survivor records");

        // Asking for particular indicators and programmes; anything unknown is named.
        JsonObject one = api.get(period + "&indicators=SURVIVORS_CARED_FOR&programmes=UK,BD", mel).json();
        assertEquals(1, one.getJsonArray("indicators").size());
        assertEquals(Set.of("UK", "BD"), one.getJsonArray("indicators").getJsonObject(0).getJsonObject("byProgramme")
                .keySet());
        assertEquals(List.of("indicators"), api.get(period + "&indicators=SURVIVORS_CARED_FOR,HAPPINESS", mel).badFields());
        assertEquals(List.of("programmes"), api.get(period + "&programmes=UK,ZZ", mel).badFields());
        assertEquals(List.of("programmes"), api.get(period + "&programmes=UK", token("aftercare.bd")).badFields(),
                "a programme outside the viewer's scope is unknown to them");
        assertEquals(List.of("audience"), api.get(period + "&audience=press", mel).badFields());
        assertEquals(List.of("format"), api.get(period + "&format=docx", mel).badFields());
        assertTrue(api.get(period, mel).json().getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .noneMatch(l -> l.getString("code").startsWith("ADVOCACY_ENGAGEMENTS_TYPE_")),
                "breakdowns are for dashboards, asked for by code");
    }

    @Test
    void aPublishedReportKeepsItsFiguresAndShowsWhatChangedSinceAndTargetsShowProgress() {
        String mel = token("mel");
        String from = "2011-01-01";
        String to = "2011-06-30";
        Answer published = api.post("/api/v1/reports/snapshots", mel, "{\"title\":\"H1 2011\",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\"}");
        assertEquals(201, published.status(), published.body());
        assertEquals("mel", published.json().getString("publishedBy"));
        long id = published.json().getJsonNumber("id").longValue();
        assertEquals(403, api.post("/api/v1/reports/snapshots", navigatorUk, "{\"title\":\"x\",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\"}").status(), "M&E publishes");
        assertEquals(List.of("title"), api.post("/api/v1/reports/snapshots", mel, "{\"from\":\"" + from + "\",\"to\":\""
                + to + "\"}").badFields());

        // A late record for the published period: the snapshot keeps its figure and shows the difference.
        String tag = UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.post("/api/v1/prevention/sessions", token("aftercare.bd"), """
                {"programme":"BD","date":"2011-02-10","topic":"Safe migration","participants":[
                 {"pseudonym":"L-%s-1","gender":"FEMININE","birthYear":1995},
                 {"pseudonym":"L-%s-2","gender":"MASCULINE","birthYear":1994}]}""".formatted(tag, tag)).status());
        JsonObject snapshot = api.get("/api/v1/reports/snapshots/" + id, mel).json();
        JsonObject reached = snapshot.getJsonObject("figures").getJsonArray("indicators").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getString("code").equals("PREVENTION_REACHED"))
                .findFirst().orElseThrow();
        assertEquals(0, reached.getInt("direct"), "as published");
        List<String> changed = snapshot.getJsonArray("differences").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("code").equals("PREVENTION_REACHED"))
                .map(d -> d.getString("column") + ":" + d.getInt("published") + "->" + d.getInt("now")).toList();
        assertTrue(changed.containsAll(List.of("direct:0->2", "BD:0->2")), changed.toString());
        assertFalse(snapshot.getBoolean("definitionsChanged"));
        assertTrue(api.get("/api/v1/reports/snapshots", mel).array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));

        // A target for the period: the report shows it and the progress towards it.
        assertEquals(200, api.put("/api/v1/reports/targets", mel, "{\"indicator\":\"PREVENTION_REACHED\",\"from\":\""
                + from + "\",\"to\":\"" + to + "\",\"value\":4}").status());
        JsonObject line = api.get("/api/v1/reports/headline?from=" + from + "&to=" + to
                + "&indicators=PREVENTION_REACHED", mel).json().getJsonArray("indicators").getJsonObject(0);
        assertEquals(4, line.getJsonObject("targets").getInt("direct"));
        assertEquals(50, line.getInt("directTargetPct"));
        assertEquals(Set.of("indicator", "value"), Set.copyOf(api.put("/api/v1/reports/targets", mel,
                "{\"indicator\":\"HAPPINESS\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"value\":-1}")
                .badFields()));
    }

    @Test
    void theEngagementDeepDiveRelatesWillingnessToSupportAProsecutionToWhatInvestigationsFound() {
        JsonObject dive = api.get("/api/v1/reports/deep-dive/engagement?from=2021-03-01&to=2021-08-31", token("mel"))
                .json().getJsonObject("result");
        assertEquals(146, dive.getInt("investigations"), "the 2021 report's 146 investigations");
        Map<String, JsonObject> outcomes = new java.util.HashMap<>();
        dive.getJsonArray("outcomes").forEach(o -> outcomes.put(o.asJsonObject().getString("outcome"), o.asJsonObject()));
        Map<String, Integer> totals = Map.of("furtherVictims", 11, "suspects", 182, "arrests", 130, "locationsChecked", 49);
        totals.forEach((outcome, total) -> assertEquals(total, (int) Math.round(outcomes.get(outcome)
                .getJsonNumber("totalWilling").doubleValue() + outcomes.get(outcome).getJsonNumber("totalOthers")
                .doubleValue()), outcome));
        assertTrue(dive.getInt("withWillingSurvivor") > 0 && dive.getInt("withWillingSurvivor") < 146, dive.toString());
        JsonObject arrests = outcomes.get("arrests");
        assertFalse(arrests.isNull("slope"), "a regression when willingness varies: " + arrests);
        double p = arrests.getJsonNumber("p").doubleValue();
        assertTrue(p >= 0 && p <= 1, "a p-value: " + p);
        assertTrue(arrests.getJsonNumber("standardError").doubleValue() > 0);
        assertEquals(403, api.get("/api/v1/reports/deep-dive/engagement?from=2021-03-01&to=2021-08-31",
                token("trainer")).status());
        assertEquals(List.of("from"), api.get("/api/v1/reports/deep-dive/engagement?from=2021-09-01&to=2021-08-31",
                token("mel")).badFields());
    }

    private String programmeName(String code) {
        return api.get("/api/v1/programmes", token("mel")).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getString("name");
    }

    /**
     * The whole of the 2021 report's table (docs/domain.md), every headline line in every column, from the demo's
     * individual records through every module's indicators; and the arrows against 2020 where the report's
     * percentages are consistent.
     */
    @Test
    void theDemoDataGivesTheWhole2021HeadlineTable() {
        Map<String, JsonObject> lines = new java.util.HashMap<>();
        api.get("/api/v1/reports/headline?from=2021-03-01&to=2021-08-31", token("mel")).json().getJsonArray("indicators")
                .forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        // code: direct, incl. funded, UK, BD, TH, IN (docs/domain.md's table; "–" is 0)
        Map<String, int[]> table = new java.util.LinkedHashMap<>();
        table.put("VICTIMS_REMOVED", new int[] {49, 49, 26, 23, 9, 0});
        table.put("SURVIVORS_CARED_FOR", new int[] {473, 566, 166, 307, 27, 93});
        table.put("SURVIVORS_REPATRIATED", new int[] {22, 22, 3, 19, 0, 0});
        table.put("PREVENTION_REACHED", new int[] {30, 88, 0, 30, 0, 58});
        table.put("ACCUSED_ARRESTED", new int[] {55, 55, 39, 16, 5, 0});
        table.put("PROSECUTIONS_SUPPORTED", new int[] {164, 331, 1, 163, 8, 167});
        table.put("EXPLOITERS_CONVICTED", new int[] {1, 1, 1, 0, 6, 0});
        table.put("PROFESSIONALS_TRAINED", new int[] {868, 868, 544, 324, 92, 0});
        String[] programmes = {"UK", "BD", "TH", "IN"};
        table.forEach((code, expected) -> {
            JsonObject line = lines.get(code);
            assertEquals(expected[0], line.getInt("direct"), code + " direct");
            assertEquals(expected[1], line.getInt("inclFundedJointOps"), code + " incl. funded");
            for (int i = 0; i < programmes.length; i++) {
                assertEquals(expected[2 + i], line.getJsonObject("byProgramme").getInt(programmes[i]),
                        code + " " + programmes[i]);
            }
        });
        Map<String, Integer> changes = Map.of("SURVIVORS_CARED_FOR", 146, "PROSECUTIONS_SUPPORTED", 811,
                "PROFESSIONALS_TRAINED", 24, "PREVENTION_REACHED", -96);
        changes.forEach((code, pct) -> assertEquals(pct, lines.get(code).getInt("directChangePct"), code + " change"));
        assertTrue(lines.get("EXPLOITERS_CONVICTED").isNull("directChangePct"), "0 → 1 is new, not ↑ 100%");
    }

    /**
     * The dashboard's charts agree with the headline table they illustrate: the ladder's rungs partition the survivors
     * cared for, recovery and training match their lines, the backlog's last month is the backlog at the period's end.
     */
    @Test
    void theDashboardChartsAgreeWithTheHeadlineFiguresAndKeepToTheViewersProgrammes() {
        String mel = token("mel");
        String period = "from=2021-03-01&to=2021-08-31";
        JsonObject dashboard = api.get("/api/v1/reports/dashboard?" + period, mel).json();
        assertEquals(List.of("2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"),
                dashboard.getJsonArray("months").getValuesAs(jakarta.json.JsonString::getString));
        Map<String, JsonObject> lines = new java.util.HashMap<>();
        api.get("/api/v1/reports/headline?" + period + "&indicators=all", mel).json().getJsonArray("indicators")
                .forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        List<String> programmes = dashboard.getJsonArray("programmes").stream()
                .map(p -> p.asJsonObject().getString("code")).toList();
        assertEquals(List.of("BD", "RO", "UK"), programmes.subList(0, 3), "direct programmes first");
        assertEquals(List.of("IN", "TH"), programmes.subList(programmes.size() - 2, programmes.size()),
                "then the funded joint operation, then the joint operation it does not fund");

        JsonObject overTime = dashboard.getJsonObject("overTime");
        assertEquals("SURVIVORS_CARED_FOR", overTime.getString("code"));
        for (String p : programmes) {
            long inPeriod = lines.get("SURVIVORS_CARED_FOR").getJsonObject("byProgramme").getInt(p);
            List<Integer> months = overTime.getJsonObject("byProgramme").getJsonArray(p)
                    .getValuesAs(jakarta.json.JsonNumber::intValue);
            assertEquals(6, months.size());
            assertTrue(months.stream().allMatch(m -> m <= inPeriod), p + " no month has more than the period: " + months);
            assertEquals(inPeriod > 0, months.stream().anyMatch(m -> m > 0), p + " " + months);
        }

        JsonObject ladder = dashboard.getJsonObject("policeLadder");
        assertEquals(List.of("POLICE_NOT_ENGAGED", "POLICE_INFORMATION_ON_RECORD", "POLICE_INTELLIGENCE_PROVIDED",
                "POLICE_ABE_INTERVIEW", "POLICE_SUPPORTS_PROSECUTION"), ladder.getJsonArray("categories").stream()
                .map(c -> c.asJsonObject().getString("code")).toList());
        for (String p : programmes) {
            List<Integer> rungs = ladder.getJsonObject("byProgramme").getJsonArray(p)
                    .getValuesAs(jakarta.json.JsonNumber::intValue);
            assertEquals(lines.get("SURVIVORS_CARED_FOR").getJsonObject("byProgramme").getInt(p),
                    rungs.stream().mapToInt(Integer::intValue).sum(), p + " every survivor cared for on one rung: " + rungs);
            assertEquals(lines.get("POLICE_ABE_INTERVIEW").getJsonObject("byProgramme").getInt(p), rungs.get(3), p);
            assertEquals(lines.get("POLICE_SUPPORTS_PROSECUTION").getJsonObject("byProgramme").getInt(p), rungs.get(4), p);
        }
        assertTrue(ladder.getJsonObject("byProgramme").getJsonArray("UK").getInt(4) > 0, "the demo has UK survivors"
                + " supporting a prosecution");

        JsonObject recovery = dashboard.getJsonObject("recoveryProgress");
        List<String> recoveryCodes = List.of("SURVIVORS_CARED_FOR", "RECOVERY_ASSESSED", "RECOVERY_IMPROVED");
        for (String p : programmes) {
            for (int i = 0; i < 3; i++) {
                assertEquals(lines.get(recoveryCodes.get(i)).getJsonObject("byProgramme").getInt(p),
                        recovery.getJsonObject("byProgramme").getJsonArray(p).getInt(i), p + " " + recoveryCodes.get(i));
            }
        }

        JsonObject training = dashboard.getJsonObject("trainingByProfession");
        assertFalse(training.getJsonArray("categories").isEmpty());
        int ukByProfession = training.getJsonObject("byProgramme").getJsonArray("UK")
                .getValuesAs(jakarta.json.JsonNumber::intValue).stream().mapToInt(Integer::intValue).sum();
        assertEquals(544, ukByProfession, "the UK's 544 professionals trained, each under one profession");

        JsonArray backlog = dashboard.getJsonObject("courtBacklog").getJsonObject("byProgramme").getJsonArray("BD");
        assertEquals(lines.get("COURT_CASES_PENDING").getJsonObject("byProgramme").getInt("BD"), backlog.getInt(5),
                "August's backlog is the backlog on the period's last day");
        assertTrue(backlog.getInt(5) > 0);
        dashboard.getJsonObject("witnessAttendancePct").getJsonObject("byProgramme").forEach((p, values) ->
                values.asJsonArray().forEach(v -> assertTrue(v == JsonValue.NULL
                        || ((jakarta.json.JsonNumber) v).intValue() >= 0 && ((jakarta.json.JsonNumber) v).intValue() <= 100,
                        p + " a percentage or nothing due: " + values)));

        // Behind police, follow-up, recovery, re-trafficking, repatriation, court (the backlog too), witness, training and advocacy
        // figures too: as many records as counted, in the column's programme.
        for (String code : List.of("POLICE_ENGAGED", "POLICE_SUPPORTS_PROSECUTION", "FOLLOW_UPS", "FOLLOW_UPS_PHONE",
                "RECOVERY_ASSESSED", "RECOVERY_IMPROVED", "RETRAFFICKED", "SURVIVORS_REPATRIATED", "ACCUSED_ARRESTED", "EXPLOITERS_CONVICTED",
                "COURT_CASES_PENDING", "WITNESSES_REQUIRED", "WITNESSES_ATTENDED", "PROFESSIONALS_TRAINED",
                "TRAINING_ATTENDANCES", "PREVENTION_REACHED", "ADVOCACY_ENGAGEMENTS", "ADVOCACY_OUTCOMES", "ADVOCACY_OUTCOMES_SIGNIFICANCE_HIGH",
                "ADVOCACY_OUTCOMES_CONTRIBUTION_MAJOR", "ADVOCACY_CAMPAIGNS_WON")) {
            for (String p : List.of("UK", "BD")) {
                JsonObject behind = api.get("/api/v1/reports/headline/records?" + period + "&code=" + code + "&column="
                        + p + "&size=5", mel).json();
                assertEquals(lines.get(code).getJsonObject("byProgramme").getInt(p), behind.getInt("total"), code + " " + p);
                assertTrue(behind.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                        .allMatch(r -> r.getString("programme").equals(p)), code + " " + behind);
            }
        }
        // Behind an investigation outcome, a sum: the investigations that added to it, each once, adding up to it.
        for (String code : List.of("INVESTIGATION_ARRESTS", "INVESTIGATION_FURTHER_VICTIMS")) {
            JsonObject behind = api.get("/api/v1/reports/headline/records?" + period + "&code=" + code
                    + "&column=direct&size=500", mel).json();
            List<JsonObject> investigations = behind.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            assertTrue(lines.get(code).getInt("direct") > 0, code + " in the 2021 report");
            assertEquals(lines.get(code).getInt("direct"), investigations.stream()
                    .mapToInt(r -> Integer.parseInt(r.getString("detail").replace("adds ", ""))).sum(), code + " " + behind);
            assertEquals(investigations.size(), behind.getInt("total"), "records, not the sum: " + behind);
            assertTrue(investigations.stream().allMatch(r -> r.getString("reference").matches("INV-\\d+")),
                    "never the police reference: " + behind);
        }
        // The demo's witnesses came to hearings of the last two years.
        String recent = "from=" + java.time.LocalDate.now().minusYears(2) + "&to=" + java.time.LocalDate.now();
        int attendedInBangladesh = api.get("/api/v1/reports/headline?" + recent + "&indicators=WITNESSES_ATTENDED", mel)
                .json().getJsonArray("indicators").getJsonObject(0).getJsonObject("byProgramme").getInt("BD");
        assertTrue(attendedInBangladesh > 0, "the demo's witnesses");
        String attended = "/api/v1/reports/headline/records?" + recent + "&code=WITNESSES_ATTENDED&column=BD&size=50";
        JsonObject witnesses = api.get(attended, token("lawyer.bd")).json();
        assertEquals(attendedInBangladesh, witnesses.getInt("total"), "lawyers read the witnesses behind the figure");
        assertTrue(witnesses.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getString("detail").endsWith("· attended") && !r.getString("reference").isBlank()),
                "by case number, role and court, never the witness's name: " + witnesses);
        JsonObject trained = api.get("/api/v1/reports/headline/records?" + period + "&code=PROFESSIONALS_TRAINED&column=UK",
                token("trainer")).json();
        assertEquals(544, trained.getInt("total"), "trainers read the records behind training figures");
        assertTrue(trained.getJsonArray("items").getJsonObject(0).getString("reference").startsWith("PRO-"));
        assertEquals(403, api.get(attended, token("trainer")).status(), "but not the witnesses behind court figures");
        assertEquals(403, api.get(attended.replace("WITNESSES_ATTENDED", "PROFESSIONALS_TRAINED"), token("advocacy"))
                .status(), "nor advocacy staff the professionals behind training figures");

        JsonObject followUps = api.get("/api/v1/reports/dashboard?" + period + "&indicator=follow_ups", mel).json();
        assertEquals("FOLLOW_UPS", followUps.getJsonObject("overTime").getString("code"));
        assertEquals(List.of("indicator"), api.get("/api/v1/reports/dashboard?" + period + "&indicator=NOPE", mel)
                .badFields());
        assertEquals(List.of("from"), api.get("/api/v1/reports/dashboard?from=2021-09-01&to=2021-08-31", mel).badFields());
        JsonObject uk = api.get("/api/v1/reports/dashboard?" + period, navigatorUk).json();
        assertEquals(Set.of("UK"), uk.getJsonObject("policeLadder").getJsonObject("byProgramme").keySet(),
                "a navigator's dashboard covers their programme only");
        assertEquals(24, api.get("/api/v1/reports/dashboard?from=2015-01-01&to=2021-08-31", mel).json()
                .getJsonArray("months").size(), "a long period shows its last two years month by month");
    }

    private static int ukPercent(Map<String, JsonObject> lines, String code) {
        return lines.get(code).getJsonObject("rate").getJsonObject("byProgrammePct").getInt("UK");
    }

    @Test
    void anInvestigationReportedByTwoProgrammesCountsItsOutcomesOnce() {
        String reference = "IT/" + UUID.randomUUID().toString().substring(0, 8);
        long uk = intake(canary()).getJsonNumber("id").longValue();
        String bd = token("aftercare.bd");
        long bdSurvivor = api.post("/api/v1/survivors", bd,
                "{\"programme\":\"BD\",\"gender\":\"FEMININE\",\"exploitationTypes\":[\"FORCED_LABOUR\"]}")
                .json().getJsonNumber("id").longValue();
        String body = """
                {"programme":"%s","policeReference":"%s","survivorIds":[%d],"openedOn":"2024-05-02",
                 "outcomes":{"furtherVictims":2,"suspects":3,"arrests":%d,"linesOfEnquiry":1,"charges":0,
                 "locationsIdentified":4,"locationsChecked":2}}""";
        Answer first = api.post("/api/v1/investigations", navigatorUk, body.formatted("UK", reference, uk, 1));
        assertEquals(201, first.status(), first.body());
        Answer second = api.post("/api/v1/investigations", bd, body.formatted("BD", reference, bdSurvivor, 2));
        assertEquals(200, second.status(), "merged into the known investigation");
        assertEquals(2, second.json().getInt("survivors"));
        JsonObject report = api.get("/api/v1/reports/headline?from=2024-05-01&to=2024-05-31", token("mel")).json();
        JsonObject arrests = report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("INVESTIGATION_ARRESTS")).findFirst().orElseThrow();
        assertEquals(2, arrests.getInt("direct"), "the latest figure, once, though two programmes reported it");
        assertEquals(2, arrests.getJsonObject("byProgramme").getInt("UK"));
        assertEquals(2, arrests.getJsonObject("byProgramme").getInt("BD"));

        assertEquals(List.of("outcomes.arrests"), api.post("/api/v1/investigations", navigatorUk,
                body.formatted("UK", reference, uk, -1)).badFields());
        assertEquals(404, api.post("/api/v1/investigations", navigatorUk,
                body.formatted("UK", reference + "x", bdSurvivor, 1)).status(), "another programme's survivor");
    }

    @Test
    void preventionParticipantsAreMatchedByPseudonymSoEachPersonCountsOnce() {
        String bd = token("aftercare.bd");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String session = """
                {"programme":"BD","date":"2025-02-%s","topic":"Safe migration","participants":[
                 {"pseudonym":"P-%s-1","gender":"FEMININE","birthYear":2008},
                 {"pseudonym":"P-%s-2","gender":"MASCULINE","birthYear":2007}]}""";
        Answer first = api.post("/api/v1/prevention/sessions", bd, session.formatted("10", tag, tag));
        assertEquals(201, first.status(), first.body());
        assertEquals(2, first.json().getInt("newParticipants"));
        Answer second = api.post("/api/v1/prevention/sessions", bd, session.formatted("17", tag, tag));
        assertEquals(0, second.json().getInt("newParticipants"), "the same two people again");
        JsonObject february = api.get("/api/v1/reports/headline?from=2025-02-01&to=2025-02-28", bd).json();
        JsonObject reached = february.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("PREVENTION_REACHED")).findFirst().orElseThrow();
        assertEquals(2, reached.getInt("direct"));

        assertEquals(List.of("participants"), api.post("/api/v1/prevention/sessions", bd,
                "{\"programme\":\"BD\",\"date\":\"2025-02-10\",\"topic\":\"x\",\"participants\":[]}").badFields());
        assertEquals(404, api.post("/api/v1/prevention/sessions", bd, session.formatted("10", tag, tag)
                .replace("\"BD\"", "\"UK\"")).status(), "another programme is out of scope");
    }

    private static void assertLine(JsonObject line, int direct, int previous, int inclFunded, Map<String, Integer> byProgramme) {
        assertEquals(direct, line.getInt("direct"), line.toString());
        assertEquals(previous, line.getInt("directPrevious"), line.toString());
        assertEquals(inclFunded, line.getInt("inclFundedJointOps"), line.toString());
        byProgramme.forEach((code, value) -> assertEquals(value, line.getJsonObject("byProgramme").getInt(code), code));
    }

    @Test
    void aViewerOutsideMelSeesOnlyTheirProgrammesAndBadPeriodsAreNamed() {
        JsonObject report = api.get("/api/v1/reports/headline?from=2021-03-01&to=2021-08-31", token("aftercare.bd")).json();
        JsonObject caredFor = report.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("code").equals("SURVIVORS_CARED_FOR")).findFirst().orElseThrow();
        assertEquals(Set.of("BD"), caredFor.getJsonObject("byProgramme").keySet());
        assertEquals(307, caredFor.getInt("direct"));

        String mel = token("mel");
        assertEquals(List.of("from"), api.get("/api/v1/reports/headline?from=2021-09-01&to=2021-08-31", mel).badFields());
        assertEquals(List.of("to"), api.get("/api/v1/reports/headline?from=2001-01-01&to=2021-08-31", mel).badFields());
        assertEquals(List.of("to"), api.get("/api/v1/reports/headline?from=2021-03-01&to=31/08/2021", mel).badFields());
        assertEquals(List.of("compareTo"),
                api.get("/api/v1/reports/headline?from=2021-03-01&to=2021-08-31&compareFrom=2020-01-01", mel).badFields());
        JsonObject zero = api.get("/api/v1/reports/headline?from=2001-03-01&to=2001-08-31", mel).json();
        assertTrue(zero.getJsonArray("indicators").stream().map(JsonValue::asJsonObject)
                .allMatch(l -> l.isNull("directChangePct")), "nothing before: no percentage");
    }

    @Test
    void intakeGivesAReferenceAndPseudonymAndReadsNeverCarryTheIdentity() {
        String legalName = canary();
        JsonObject survivor = intake(legalName);
        long id = survivor.getJsonNumber("id").longValue();
        assertTrue(survivor.getString("reference").matches("UK-\\d{4}-\\d{4}"), survivor.getString("reference"));
        assertFalse(survivor.getString("pseudonym").isBlank());
        assertFalse(survivor.toString().contains(legalName));

        Answer read = api.get("/api/v1/survivors/" + id, navigatorUk);
        assertEquals(200, read.status());
        assertFalse(read.body().contains(legalName));
        assertFalse(read.body().contains("legalName"));
        assertFalse(read.body().contains("AL4471190"), "identity documents stay in the vault");
        assertFalse(read.body().contains("Canary Wharf"), "addresses stay in the vault");
        for (String user : List.of("mel", "admin")) {
            Answer caseload = api.get("/api/v1/survivors?programme=UK&size=500", token(user));
            assertEquals(200, caseload.status());
            assertFalse(caseload.body().contains(legalName), user);
        }
    }

    @Test
    void identitiesAreRevealedOnlyWithAReasonToCareRolesAndEveryRevealIsAudited() {
        String legalName = canary();
        long id = intake(legalName).getJsonNumber("id").longValue();

        Answer noReason = api.post("/api/v1/survivors/" + id + "/reveal", navigatorUk, "{}");
        assertEquals(400, noReason.status());
        assertEquals(List.of("reason"), noReason.badFields());

        Answer revealed = api.post("/api/v1/survivors/" + id + "/reveal", navigatorUk, "{\"reason\":\"arranging a visit\"}");
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals(legalName, revealed.json().getString("legalName"));
        assertEquals("+44 7700 900123", revealed.json().getString("phone"));
        assertEquals("passport AL4471190", revealed.json().getString("identityDocument"));
        assertEquals("12 Canary Wharf Road", revealed.json().getString("address"));

        for (String user : List.of("mel", "trainer", "advocacy", "lawyer.uk")) {
            Answer denied = api.post("/api/v1/survivors/" + id + "/reveal", token(user), "{\"reason\":\"curious\"}");
            assertEquals(403, denied.status(), user);
            assertFalse(denied.body().contains(legalName));
        }
        assertEquals(404, api.post("/api/v1/survivors/" + id + "/reveal", token("navigator.ro"),
                "{\"reason\":\"wrong programme\"}").status(), "outside scope is not found");

        Answer audit = api.get("/api/v1/audit?action=REVEAL&recordType=survivor&recordId=" + id, token("admin"));
        assertEquals(1, audit.json().getInt("total"));
        JsonObject entry = audit.items().getJsonObject(0);
        assertEquals("navigator.uk", entry.getString("user"));
        assertTrue(entry.getString("detail").contains("arranging a visit"));
        assertFalse(entry.getString("detail").contains(legalName), "no personal values in the audit trail");
    }

    @Test
    void othersProgrammesAndRolesWithoutCareAccessSeeNothing() {
        long id = intake(canary()).getJsonNumber("id").longValue();
        assertEquals(404, api.get("/api/v1/survivors/" + id, token("aftercare.bd")).status());
        assertEquals(404, api.get("/api/v1/survivors/" + (id + 100000), navigatorUk).status());
        assertEquals(403, api.get("/api/v1/survivors/" + id, token("trainer")).status());
        assertEquals(403, api.get("/api/v1/survivors/" + id + "/timeline", token("mel")).status(), "care notes are not for M&E");
        assertEquals(404, api.post("/api/v1/survivors/" + id + "/follow-ups", token("aftercare.bd"),
                "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\"}").status());
        Answer bdCaseload = api.get("/api/v1/survivors?size=500", token("aftercare.bd"));
        assertTrue(bdCaseload.items().stream().map(JsonValue::asJsonObject).allMatch(s -> s.getString("programme").equals("BD")));
        assertEquals(0, api.get("/api/v1/survivors?programme=UK", token("aftercare.bd")).json().getInt("total"));
    }

    @Test
    void careIsRecordedOnTheTimelineAndMovesTheCaseload() {
        long id = intake(canary()).getJsonNumber("id").longValue();
        String today = LocalDate.now().toString();
        String nextWeek = LocalDate.now().plusDays(7).toString();
        String base = "/api/v1/survivors/" + id;
        List<Answer> answers = new ArrayList<>();
        answers.add(api.post(base + "/removals", navigatorUk, "{\"date\":\"%s\",\"removedBy\":\"POLICE\"}".formatted(today)));
        answers.add(api.post(base + "/care-episodes", navigatorUk, "{\"start\":\"%s\",\"end\":null}".formatted(today)));
        answers.add(api.post(base + "/follow-ups", navigatorUk,
                "{\"date\":\"%s\",\"mode\":\"IN_PERSON\",\"note\":\"Met at the safe house\",\"nextDue\":\"%s\"}".formatted(today, nextWeek)));
        answers.add(api.post(base + "/police-engagements", navigatorUk, "{\"date\":\"%s\",\"level\":\"ABE_INTERVIEW\"}".formatted(today)));
        answers.add(api.post(base + "/recovery-assessments", navigatorUk,
                "{\"date\":\"%s\",\"scores\":{\"SAFETY\":3,\"MENTAL_HEALTH\":2}}".formatted(today)));
        answers.add(api.post(base + "/repatriations", navigatorUk,
                "{\"fromCountry\":\"GB\",\"toCountry\":\"AL\",\"arrivalDate\":\"%s\"}".formatted(today)));
        for (Answer a : answers) {
            assertEquals(201, a.status(), a.body());
            assertTrue(a.header("Location").contains(base.substring("/api/v1/".length())));
        }
        Answer timeline = api.get(base + "/timeline", navigatorUk);
        assertEquals(Set.of("REMOVAL", "CARE_EPISODE", "FOLLOW_UP", "POLICE_ENGAGEMENT", "RECOVERY_ASSESSMENT", "REPATRIATION"),
                Set.copyOf(timeline.array().stream().map(v -> v.asJsonObject().getString("kind")).toList()));
        JsonObject survivor = api.get(base, navigatorUk).json();
        assertEquals(today, survivor.getString("lastContactOn"));
        assertEquals(nextWeek, survivor.getString("nextDueOn"));
        assertTrue(survivor.getBoolean("policeContacted"));
        assertEquals(Set.of(), Set.copyOf(api.get("/api/v1/survivors?programme=UK&noPoliceContact=true&size=500", navigatorUk)
                .items().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).filter(i -> i == id).toList()));
    }

    @Test
    void consentIsRecordedPerPurposeAndCanBeWithdrawn() {
        Answer created = api.post("/api/v1/survivors", navigatorUk,
                "{\"programme\":\"UK\",\"gender\":\"FEMININE\",\"exploitationTypes\":[],\"consents\":[\"SERVICES\",\"ANONYMOUS_STATISTICS\"]}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        String consents = "/api/v1/survivors/" + id + "/consents";
        Answer withdrawn = api.post(consents, navigatorUk, "{\"purpose\":\"ANONYMOUS_STATISTICS\",\"given\":false}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(List.of("SERVICES"), withdrawn.json().getJsonArray("consents").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(List.of("purpose"), api.post(consents, navigatorUk,
                "{\"purpose\":\"CASE_STUDY_OR_MEDIA\",\"given\":false}").badFields(), "nothing to withdraw");
        assertEquals(200, api.post(consents, navigatorUk, "{\"purpose\":\"SHARE_WITH_POLICE\",\"given\":true}").status());
        assertTrue(api.get("/api/v1/audit?recordType=survivor&recordId=" + id + "&action=UPDATE", token("admin"))
                .json().getInt("total") >= 2, "consent changes are audited");
    }

    @Test
    void badCareRecordsAreRejectedNamingTheFieldAndWriteNothing() {
        String base = "/api/v1/survivors/" + intake(canary()).getJsonNumber("id").longValue();
        String future = LocalDate.now().plusDays(3).toString();
        assertEquals(List.of("birthYear"), api.post("/api/v1/survivors", navigatorUk,
                "{\"programme\":\"UK\",\"gender\":\"FEMININE\",\"birthYear\":%d,\"exploitationTypes\":[]}"
                        .formatted(LocalDate.now().getYear() + 1)).badFields());
        assertEquals(List.of("exploitationTypes"), api.post("/api/v1/survivors", navigatorUk,
                "{\"programme\":\"UK\",\"gender\":\"FEMININE\",\"exploitationTypes\":[\"PIRACY\"]}").badFields());
        assertEquals(List.of("programme"), api.post("/api/v1/survivors", navigatorUk,
                "{\"programme\":\"XX\",\"gender\":\"FEMININE\",\"exploitationTypes\":[]}").badFields());
        assertEquals(List.of("end"), api.post(base + "/care-episodes", navigatorUk,
                "{\"start\":\"2025-05-01\",\"end\":\"2025-04-01\"}").badFields());
        assertEquals(List.of("date"), api.post(base + "/follow-ups", navigatorUk,
                "{\"date\":\"%s\",\"mode\":\"PHONE\"}".formatted(future)).badFields());
        assertEquals(List.of("mode"), api.post(base + "/follow-ups", navigatorUk,
                "{\"date\":\"2025-05-01\",\"mode\":\"CARRIER_PIGEON\"}").badFields());
        assertEquals(List.of("scores.HOUSING"), api.post(base + "/recovery-assessments", navigatorUk,
                "{\"date\":\"2025-05-01\",\"scores\":{\"SAFETY\":3,\"HOUSING\":7}}").badFields());
        assertEquals(List.of("toCountry"), api.post(base + "/repatriations", navigatorUk,
                "{\"fromCountry\":\"GB\",\"toCountry\":\"ZZ\",\"arrivalDate\":\"2025-05-01\"}").badFields());
        assertEquals(0, api.get(base + "/timeline", navigatorUk).array().size(), "nothing written");
    }

    /** docs/security.md item 18: the raw tables hold no identity in clear text. */
    @Test
    void noIdentityIsStoredInClearText() throws Exception {
        assumeTrue(TestDatabase.isMySql(), "reads the raw tables over JDBC");
        String legalName = canary();
        intake(legalName);
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = database()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from `" + table + "`")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            byte[] raw = rs.getBytes(c);
                            if (raw != null) {
                                assertFalse(new String(raw, StandardCharsets.ISO_8859_1).contains(legalName), table);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The care state the application keeps as care is recorded (CareState#restate) is exactly what the V9 migration
     * states from the records themselves: the two definitions agree on the whole demo dataset.
     */
    @Test
    void theCareStateKeptAsCareIsRecordedIsWhatTheMigrationStatesFromTheRecords() throws Exception {
        assumeTrue(TestDatabase.isMySql(), "reads the raw tables over JDBC");
        String migration;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/casework/V9__care_state.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String insert = java.util.Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                .filter(sql -> sql.startsWith("INSERT INTO cw_care_state")).findFirst().orElseThrow();
        String columns = "survivor_id, valid_from, programme_id, valid_until, care_until, ladder_rank, assessment_number,"
                + " areas_improved";
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement()) {
            List<String> kept = rows(s, "SELECT " + columns + " FROM cw_care_state ORDER BY survivor_id, valid_from");
            List<String> stated = rows(s, "SELECT " + columns + " FROM (" + insert.substring(insert.indexOf("SELECT"))
                    + ") x ORDER BY survivor_id, valid_from");
            assertTrue(kept.size() > 500, "the demo's survivors in care: " + kept.size());
            assertEquals(stated, kept);
        }
    }

    private static List<String> rows(Statement s, String query) throws java.sql.SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rs.getString(c)).append(c < columns ? " | " : "");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static Map<String, String> person(String first, String second, String birthdate) {
        return Map.of("prs_FirstName", first, "prs_SecondName", second, "prs_Birthdate", birthdate,
                "prs_Gender", "Feminine", "prs_Citizenship", "Bangladesh", "con_Consent", "Yes",
                "vic_TypeOfExploitation", "Sexual exploitation;Forced labour",
                "vic_MethodsOfControl", "Debt bondage ;Withholds documents", "cas_Status", "Active",
                "cas_IncomingReferralDate", "2021-04-02");
    }

    @Test
    void anHtcdsTemplateRoundTripsAndSendingItAgainCreatesNobody() throws Exception {
        String bd = token("aftercare.bd");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String injected = "=cmd|' /C calc'!A0";
        byte[] file = HtcdsFiles.filled(List.of(
                person("Amina" + tag, "Test", "1999-05-17"),
                person("Rokeya" + tag, "Test", "17/05/2001"),
                person(injected, "Test" + tag, "2000-01-01"),
                Map.of("prs_FirstName", "Bad" + tag, "prs_Gender", "Robot", "prs_Birthdate", "2990-01-01")));

        Answer first = api.upload("/api/v1/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, file);
        assertEquals(200, first.status(), first.body());
        assertEquals(3, first.json().getInt("created"), first.body());
        JsonObject rejected = first.json().getJsonArray("rejected").getJsonObject(0);
        assertEquals(6, rejected.getInt("line"), "sheet row of the bad line");
        assertEquals(Set.of("Gender", "Birthdate"), rejected.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).collect(java.util.stream.Collectors.toSet()));

        Answer again = api.upload("/api/v1/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, file);
        assertEquals(0, again.json().getInt("created"), again.body());
        assertEquals(3, again.json().getInt("unchanged"), again.body());

        // The caseworker's export carries identities, once each, with the injected formula neutralised.
        List<Map<String, String>> rows = HtcdsFiles.rows(api.download("/api/v1/exports/htcds?programme=BD", bd, HtcdsFiles.XLSX));
        assertEquals(1, rows.stream().filter(r -> ("Amina" + tag + " Test").equals(r.get("prs_FirstName"))).count());
        assertEquals(1, rows.stream().filter(r -> ("'" + injected + " Test" + tag).equals(r.get("prs_FirstName"))).count(),
                "the formula-like name is exported as text");
        assertTrue(rows.size() > 300, "the demo's Bangladesh survivors are exported too");

        // Importing that export changes nobody: each row finds its survivor by reference.
        byte[] exported = api.download("/api/v1/exports/htcds?programme=BD", bd, HtcdsFiles.XLSX);
        Answer roundTrip = api.upload("/api/v1/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, exported);
        assertEquals(0, roundTrip.json().getInt("created"), roundTrip.body());
        assertEquals(0, roundTrip.json().getJsonArray("rejected").size(), roundTrip.body());

        // M&E staff get the same workbook without a single name.
        List<Map<String, String>> pseudonymous = HtcdsFiles.rows(
                api.download("/api/v1/exports/htcds?programme=BD", token("mel"), HtcdsFiles.XLSX));
        assertEquals(rows.size(), pseudonymous.size());
        assertTrue(pseudonymous.stream().noneMatch(r -> r.containsKey("prs_FirstName") || r.containsKey("prs_Birthdate")));

        // Outside one's programmes the import target does not exist; a non-workbook is refused, writing nothing.
        assertEquals(404, api.upload("/api/v1/imports/htcds?programme=BD", navigatorUk, HtcdsFiles.XLSX, file).status());
        Answer junk = api.upload("/api/v1/imports/htcds?programme=BD", bd, HtcdsFiles.XLSX, "PK\u0003\u0004junk".getBytes());
        assertEquals(400, junk.status());
        assertEquals(List.of("file"), junk.badFields());
        assertEquals(rows.size(), HtcdsFiles.rows(api.download("/api/v1/exports/htcds?programme=BD", bd, HtcdsFiles.XLSX)).size());

        JsonArray audit = api.get("/api/v1/audit?action=EXPORT&recordType=survivor", token("admin")).json().getJsonArray("items");
        assertTrue(audit.size() >= 3, "every export is audited");
    }

    @Test
    void theAnonymisedExtractReleasesOnlyConsentingSurvivorsInGroupsOfAtLeastK() {
        Answer csv = api.get("/api/v1/exports/anonymised-survivors", token("mel"));
        assertEquals(406, csv.status(), "asks for CSV or XLSX, not JSON");
        String text = new String(api.download("/api/v1/exports/anonymised-survivors?programme=BD", token("mel"), "text/csv"),
                StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("\uFEFFprogramme,yearOfRegistration,gender,ageBand,citizenship,typeOfExploitation", lines.get(0));
        Map<String, Long> groups = lines.stream().skip(1).collect(java.util.stream.Collectors.groupingBy(l -> l,
                java.util.stream.Collectors.counting()));
        assertFalse(groups.isEmpty());
        groups.forEach((combination, count) -> assertTrue(count >= 11, combination + " appears " + count + " times"));
        Answer lowK = api.get("/api/v1/exports/anonymised-survivors?k=3", token("mel"), "text/csv");
        assertEquals(400, lowK.status(), "k below the configured minimum is refused");
        assertEquals(List.of("k"), lowK.badFields());
        assertEquals(403, api.get("/api/v1/exports/anonymised-survivors", token("lawyer.bd"), "text/csv").status());

        // Consent is enforced: a survivor counts into the extract while consenting to statistics, not after withdrawing.
        int before = consentingInExtract();
        long id = api.post("/api/v1/survivors", token("aftercare.bd"), """
                {"programme":"BD","gender":"FEMININE","exploitationTypes":["FORCED_LABOUR"],
                 "consents":["SERVICES","ANONYMOUS_STATISTICS"]}""").json().getJsonNumber("id").longValue();
        assertEquals(before + 1, consentingInExtract());
        assertEquals(200, api.post("/api/v1/survivors/" + id + "/consents", token("aftercare.bd"),
                "{\"purpose\":\"ANONYMOUS_STATISTICS\",\"given\":false}").status());
        assertEquals(before, consentingInExtract(), "withdrawn consent drops the survivor out of external extracts");
    }

    /** Runs the Bangladesh extract and reads from its audit entry how many consenting survivors it considered. */
    private int consentingInExtract() {
        api.download("/api/v1/exports/anonymised-survivors?programme=BD", token("mel"), "text/csv");
        String detail = api.get("/api/v1/audit?action=EXPORT&recordType=survivor&size=1", token("admin")).items()
                .getJsonObject(0).getString("detail");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("of (\\d+) consenting").matcher(detail);
        assertTrue(m.find(), detail);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void retentionAnonymisesOldClosedCasesExceptOnLegalHoldAndSubjectAccessShowsEverything() throws Exception {
        String admin = token("admin");
        String legalName = canary();
        long id = api.post("/api/v1/survivors", navigatorUk, """
                {"programme":"UK","legalName":"%s","gender":"FEMININE","exploitationTypes":["FORCED_LABOUR"],
                 "languages":["sq","en"],"controlMethods":["DEBT_BONDAGE"],"recruitmentMethod":"FRIENDS",
                 "intakeDate":"1999-03-01"}""".formatted(legalName)).json().getJsonNumber("id").longValue();
        String base = "/api/v1/survivors/" + id;
        assertEquals(201, api.post(base + "/follow-ups", navigatorUk,
                "{\"date\":\"1999-04-01\",\"mode\":\"PHONE\",\"note\":\"lives with her aunt\"}").status());
        assertEquals(201, api.post(base + "/notes", navigatorUk,
                "{\"date\":\"1999-05-01\",\"text\":\"Her aunt in Leeds knows where she is\"}").status());
        assertEquals(List.of("text"), api.post(base + "/notes", navigatorUk, "{\"date\":\"1999-05-01\",\"text\":\" \"}").badFields());
        Answer closed = api.post(base + "/closure", navigatorUk, "{\"date\":\"2000-01-31\"}");
        assertEquals("CLOSED", closed.json().getString("status"), closed.body());
        assertEquals(409, api.post(base + "/closure", navigatorUk, "{}").status(), "already closed");
        String reference = closed.json().getString("reference");
        assertTrue(api.get("/api/v1/survivors?programme=UK&status=CLOSED&size=500", navigatorUk).body().contains(reference));
        assertFalse(api.get("/api/v1/survivors?programme=UK&size=500", navigatorUk).body().contains(reference),
                "the caseload shows open cases unless asked");
        assertEquals(List.of("status"), api.get("/api/v1/survivors?status=LOST", navigatorUk).badFields());

        // Subject access: everything, identity included, as JSON and as a PDF that opens.
        JsonObject file = api.get(base + "/subject-access", admin).json();
        assertEquals(legalName, file.getJsonObject("identity").getString("legalName"));
        assertEquals(List.of("en", "sq"), file.getJsonArray("languages").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(file.getJsonArray("timeline").size() >= 1);
        byte[] pdf = api.download(base + "/subject-access", admin, "application/pdf");
        String pdfText = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertTrue(pdfText.contains(legalName) && pdfText.contains(file.getString("reference")), pdfText);
        assertEquals(403, api.get(base + "/subject-access", navigatorUk).status(), "administrators only");

        // Retention: UK keeps identities 20 years, so only this case (closed in 2000) is due.
        JsonObject policy = api.get("/api/v1/retention/policies/UK", admin).json();
        assertTrue(policy.getBoolean("isDefault"));
        assertEquals(List.of("retentionMonths"), api.put("/api/v1/retention/policies/UK", admin,
                "{\"retentionMonths\":0}").badFields());
        JsonObject set = api.put("/api/v1/retention/policies/UK", admin, "{\"retentionMonths\":240}").json();
        assertEquals(409, api.put("/api/v1/retention/policies/UK", admin,
                "{\"retentionMonths\":241,\"version\":" + (set.getJsonNumber("version").longValue() + 5) + "}").status());
        assertEquals(200, api.put(base + "/legal-hold", admin, "{\"reason\":\"appeal pending\"}").status());

        JsonObject dryRun = api.post("/api/v1/retention/runs", admin, "{\"programme\":\"UK\"}").json();
        assertTrue(dryRun.getBoolean("dryRun"));
        JsonObject mine = dryRun.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("survivorId").longValue() == id).findFirst().orElseThrow();
        assertEquals("appeal pending", mine.getString("heldBecause"));
        api.post("/api/v1/retention/runs", admin, "{\"programme\":\"UK\",\"dryRun\":false}");
        assertEquals(legalName, api.post(base + "/reveal", navigatorUk, "{\"reason\":\"check\"}").json().getString("legalName"),
                "kept while on legal hold");
        assertEquals(409, api.post(base + "/erasure", admin, "{\"reason\":\"request by letter\"}").status());

        assertEquals(200, api.delete(base + "/legal-hold", admin).status());
        JsonObject run = api.post("/api/v1/retention/runs", admin, "{\"programme\":\"UK\",\"dryRun\":false}").json();
        assertTrue(run.getInt("anonymised") >= 1, run.toString());
        JsonObject after = api.get(base, navigatorUk).json();
        assertTrue(after.getBoolean("anonymised"));
        JsonObject revealed = api.post(base + "/reveal", navigatorUk, "{\"reason\":\"check\"}").json();
        assertFalse(revealed.containsKey("legalName") && !revealed.isNull("legalName"), "the identity is gone");
        assertFalse(api.get(base + "/timeline", navigatorUk).body().contains("aunt"), "notes are gone");
        assertFalse(api.get(base + "/timeline", navigatorUk).body().contains("\"NOTE\""), "case notes are deleted");
        assertEquals("FEMININE", after.getString("gender"), "the pseudonymous facts stay for the figures");
        assertEquals(409, api.post(base + "/erasure", admin, "{\"reason\":\"again\"}").status(), "already erased");
        assertTrue(api.get("/api/v1/audit?action=RETENTION_RUN", admin).json().getInt("total") >= 2);
    }

    @Test
    void erasureOnRequestDestroysTheIdentityAndOnlyAdministratorsMayDoIt() {
        String admin = token("admin");
        String legalName = canary();
        long id = intake(legalName).getJsonNumber("id").longValue();
        String base = "/api/v1/survivors/" + id;
        assertEquals(403, api.post(base + "/erasure", navigatorUk, "{\"reason\":\"asked\"}").status());
        assertEquals(List.of("reason"), api.post(base + "/erasure", admin, "{\"reason\":\"\"}").badFields());
        Answer erased = api.post(base + "/erasure", admin, "{\"reason\":\"request in person 2026-11-02\"}");
        assertEquals(200, erased.status(), erased.body());
        assertTrue(erased.json().getBoolean("anonymised"));
        assertFalse(api.post(base + "/reveal", admin, "{\"reason\":\"check\"}").body().contains(legalName));
        assertTrue(api.get("/api/v1/audit?action=DELETE&recordType=survivor&recordId=" + id, admin).json().getInt("total") >= 1);
    }

    /** Hand-computed indicators for a programme of four survivors whose records sit on and just off the period's edges. */
    @Test
    void indicatorsCountRecordsOnThePeriodsEdgesAndNotJustOutside() {
        String admin = token("admin");
        String code = "Z" + (char) ('A' + new java.util.Random().nextInt(26)) + (char) ('A' + new java.util.Random().nextInt(26));
        assertEquals(201, api.post("/api/v1/programmes", admin, """
                {"code":"%s","name":"Boundary test %s","country":"GB","relationship":"DIRECT"}""".formatted(code, code)).status());
        long[] s = new long[4];
        for (int i = 0; i < 4; i++) {
            s[i] = api.post("/api/v1/survivors", admin, """
                    {"programme":"%s","gender":"FEMININE","exploitationTypes":["FORCED_LABOUR"],"intakeDate":"2018-06-01"}"""
                    .formatted(code)).json().getJsonNumber("id").longValue();
        }
        String[] removals = {"2019-01-01", "2018-12-31", "2019-06-30", "2019-07-01"};
        String[][] episodes = {{"2018-06-01", "2018-12-31"}, {"2018-12-01", "2019-01-01"}, {"2019-06-30", "2019-07-15"}, {"2019-07-01", "2019-07-20"}};
        for (int i = 0; i < 4; i++) {
            post(admin, s[i], "removals", "{\"date\":\"" + removals[i] + "\",\"removedBy\":\"POLICE\"}");
            post(admin, s[i], "care-episodes", "{\"start\":\"" + episodes[i][0] + "\",\"end\":"
                    + (episodes[i][1] == null ? "null" : "\"" + episodes[i][1] + "\"") + "}");
        }
        post(admin, s[1], "repatriations", "{\"fromCountry\":\"GB\",\"toCountry\":\"AL\",\"arrivalDate\":\"2019-06-30\"}");
        post(admin, s[2], "repatriations", "{\"fromCountry\":\"GB\",\"toCountry\":\"AL\",\"arrivalDate\":\"2019-07-01\"}");
        post(admin, s[1], "follow-ups", "{\"date\":\"2018-12-31\",\"mode\":\"PHONE\"}");
        post(admin, s[1], "follow-ups", "{\"date\":\"2019-01-01\",\"mode\":\"PHONE\"}");
        post(admin, s[1], "follow-ups", "{\"date\":\"2019-06-30\",\"mode\":\"IN_PERSON\"}");
        post(admin, s[1], "police-engagements", "{\"date\":\"2019-03-01\",\"level\":\"ABE_INTERVIEW\"}");
        post(admin, s[1], "police-engagements", "{\"date\":\"2019-07-01\",\"level\":\"SUPPORTS_PROSECUTION\"}");
        post(admin, s[2], "police-engagements", "{\"date\":\"2019-06-30\",\"level\":\"INFORMATION_ON_RECORD\"}");
        post(admin, s[2], "retrafficking-incidents", "{\"date\":\"2019-06-30\"}");

        JsonObject report = api.get("/api/v1/reports/headline?from=2019-01-01&to=2019-06-30", token("mel")).json();
        Map<String, JsonObject> lines = new java.util.HashMap<>();
        report.getJsonArray("indicators").forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        Map<String, Integer> expected = Map.of("VICTIMS_REMOVED", 2, "SURVIVORS_CARED_FOR", 2, "SURVIVORS_REPATRIATED", 1,
                "FOLLOW_UPS", 2, "FOLLOW_UPS_PHONE", 1, "FOLLOW_UPS_IN_PERSON", 1, "POLICE_ENGAGED", 2,
                "POLICE_ABE_INTERVIEW", 1, "POLICE_SUPPORTS_PROSECUTION", 0, "RETRAFFICKED", 1);
        expected.forEach((indicator, count) -> assertEquals(count,
                lines.get(indicator).getJsonObject("byProgramme").getInt(code), indicator));
        assertEquals(100, lines.get("POLICE_ENGAGED").getJsonObject("rate").getJsonObject("byProgrammePct").getInt(code));
        assertEquals(50, lines.get("RETRAFFICKED").getJsonObject("rate").getJsonObject("byProgrammePct").getInt(code));
    }

    private void post(String token, long survivorId, String collection, String body) {
        Answer answer = api.post("/api/v1/survivors/" + survivorId + "/" + collection, token, body);
        assertEquals(201, answer.status(), collection + " " + body + ": " + answer.body());
    }
}
