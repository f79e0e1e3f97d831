package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Advocacy on the packaged WAR: the 2021 report's systemic-change work in the demo data, an engagement logged with
 * its stakeholders and follow-ups in one request, the rules that keep the records honest (a win needs an outcome,
 * a follow-up cannot fall before its engagement), a stakeholder's history through a change of role, the indicators
 * and scope; search, the stakeholder map, evidence files and the briefing pack.
 */
@ExtendWith(ArquillianExtension.class)
class AdvocacyIT {

    @ArquillianResource
    private URL base;

    private Api api;
    private String advocacy;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void signIn() {
        Deployments.awaitReady(base);
        api = new Api(base);
        advocacy = api.token("advocacy", Deployments.DEMO_PASSWORD);
    }

    @Test
    void theDemoHoldsThe2021SystemicChangeWork() {
        List<String> titles = api.get("/api/v1/advocacy/campaigns", advocacy).array().stream()
                .map(c -> c.asJsonObject().getString("title")).toList();
        for (String t : List.of("Amendment to the Nationality and Borders Bill", "G7 commitment on forced labour and trafficking",
                "US Trafficking in Persons report", "Global Prosecutors Consortium", "Victim care in Met Police investigations",
                "A mobile court for Jhenaidah", "A national anti-trafficking platform for Romania")) {
            assertTrue(titles.contains(t), t + " in " + titles);
        }
        Map<String, JsonObject> lines = api.headline("2021-03-01", "2021-08-31");
        JsonObject won = lines.get("ADVOCACY_CAMPAIGNS_WON");
        assertEquals(2, won.getJsonObject("byProgramme").getInt("UK"), "the G7 commitment and the TIP report");
        assertEquals(1, won.getJsonObject("byProgramme").getInt("BD"), "the Jhenaidah mobile court");
        assertEquals(1, won.getJsonObject("byProgramme").getInt("RO"), "the platform, partly won");
        assertEquals(2, lines.get("ADVOCACY_OUTCOMES_SIGNIFICANCE_HIGH").getJsonObject("byProgramme").getInt("UK"),
                "the G7 commitment and the consortium");
        assertEquals(4, lines.get("ADVOCACY_ENGAGEMENTS").getJsonObject("byProgramme").getInt("UK"), won.toString());
        assertTrue(api.get("/api/v1/advocacy/follow-ups/overdue", advocacy).array().size() >= 3,
                "the demo leaves some follow-ups overdue");
    }

    @Test
    void anEngagementIsLoggedWithItsStakeholdersAndFollowUpsInOneStep() {
        long minister = api.post("/api/v1/advocacy/stakeholders", advocacy, "{\"programme\":\"UK\",\"name\":\""
                + Api.unique("Minister ") + "\",\"kind\":\"MINISTER\",\"roleTitle\":\"Minister for Safeguarding\","
                + "\"organisation\":\"Home Office\",\"country\":\"GB\",\"influence\":5,\"stance\":3}").json()
                .getJsonNumber("id").longValue();
        assertEquals(Set.of("kind", "influence"), Set.copyOf(api.post("/api/v1/advocacy/stakeholders", advocacy,
                "{\"programme\":\"UK\",\"name\":\"X\",\"kind\":\"ASTROLOGER\",\"influence\":9}").badFields()),
                "unknown stakeholder type; influence is 1 to 5");
        assertEquals(Set.of("programme", "name"), Set.copyOf(api.post("/api/v1/advocacy/stakeholders", advocacy,
                "{\"programme\":\"ZZ\",\"kind\":\"MP\"}").badFields()),
                "a missing name and an unknown programme, in one answer");
        assertEquals(Set.of("programme", "ask"), Set.copyOf(api.post("/api/v1/advocacy/campaigns", advocacy,
                "{\"programme\":\"ZZ\",\"title\":\"Nowhere\"}").badFields()), "no ask, and an unknown programme");
        Answer campaign = api.post("/api/v1/advocacy/campaigns", advocacy, "{\"programme\":\"UK\",\"title\":\""
                + Api.unique("Survivor support in law ") + "\",\"ask\":\"Statutory support for 12 months\",\"status\":\"ACTIVE\"}");
        assertEquals(201, campaign.status(), campaign.body());
        long campaignId = campaign.json().getJsonNumber("id").longValue();

        LocalDate met = LocalDate.now().minusDays(3);
        int before = api.get("/api/v1/advocacy/engagements?size=1", advocacy).json().getInt("total");
        Answer refused = api.post("/api/v1/advocacy/engagements", advocacy,
                "{\"campaignId\":" + campaignId + ",\"date\":\"" + met + "\",\"type\":\"PIGEON\",\"stakeholders\":[" + minister
                + "],\"summary\":\"Briefing\",\"followUps\":[{\"action\":\"Send figures\",\"due\":\"" + met.minusDays(1)
                + "\"},{\"action\":\"  \",\"due\":\"" + met + "\"}]}");
        assertEquals(List.of("type", "followUps[0].due", "followUps[1].action"), refused.badFields(),
                "an unknown type, a follow-up before the engagement, one with no action: in the order the body declares them");
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("MEETING"),
                "the codes a client may send are listed: " + refused.body());
        assertEquals(before, api.get("/api/v1/advocacy/engagements?size=1", advocacy).json().getInt("total"),
                "nothing written");
        Answer logged = api.post("/api/v1/advocacy/engagements", advocacy, "{\"campaignId\":" + campaignId + ",\"date\":\""
                + met + "\",\"type\":\"meeting\",\"stakeholders\":[" + minister + "],\"summary\":\"Briefed on the 12-month"
                + " support; she asked for our recovery figures.\",\"followUps\":[{\"action\":\"Send the recovery figures\","
                + "\"due\":\"" + met.plusDays(1) + "\"},{\"action\":\"Invite to the roundtable\",\"due\":\"" + met.plusDays(30)
                + "\"}]}");
        assertEquals(201, logged.status(), logged.body());
        JsonObject engagement = logged.json();
        assertEquals("MEETING", engagement.getString("type"), "a code is taken in any case");
        assertEquals(2, engagement.getJsonArray("followUps").size());
        JsonObject overdue = api.get("/api/v1/advocacy/follow-ups/overdue", advocacy).array().stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("action").equals("Send the recovery figures"))
                .findFirst().orElseThrow();
        assertTrue(overdue.getBoolean("overdue"));
        assertEquals(200, api.post("/api/v1/advocacy/follow-ups/" + overdue.getJsonNumber("id") + "/done", advocacy, "{}")
                .status());
        assertTrue(api.get("/api/v1/advocacy/follow-ups/overdue", advocacy).array().stream()
                .noneMatch(f -> f.asJsonObject().getJsonNumber("id").equals(overdue.getJsonNumber("id"))));

        // A win needs the outcome that shows it; an outcome needs a description and a date.
        String status = "/api/v1/advocacy/campaigns/" + campaignId + "/status";
        assertEquals(List.of("status"), api.put(status, advocacy, "{\"status\":\"WON\"}").badFields());
        assertEquals(Set.of("description", "date"), Set.copyOf(api.post("/api/v1/advocacy/outcomes", advocacy,
                "{\"campaignId\":" + campaignId + ",\"significance\":\"HIGH\",\"contribution\":\"MAJOR\"}").badFields()));
        assertEquals(201, api.post("/api/v1/advocacy/outcomes", advocacy, "{\"campaignId\":" + campaignId + ",\"date\":\""
                + LocalDate.now() + "\",\"description\":\"The minister committed to 12 months' support\",\"significance\":"
                + "\"HIGH\",\"contribution\":\"MAJOR\",\"evidenceLink\":\"https://www.gov.uk/example\"}").status());
        assertEquals("WON", api.put(status, advocacy, "{\"status\":\"WON\"}").json().getString("status"));
        List<String> timeline = api.get("/api/v1/advocacy/campaigns/" + campaignId + "/timeline", advocacy).array().stream()
                .map(t -> t.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("OUTCOME", "MEETING"), timeline, "newest first: the outcome, then the meeting");
        Map<String, JsonObject> lines = api.headline(LocalDate.now().toString(), LocalDate.now().toString());
        assertTrue(lines.get("ADVOCACY_CAMPAIGNS_WON").getJsonObject("byProgramme").getInt("UK") >= 1);

        // The minister is reshuffled: her history keeps the old role.
        JsonObject moved = api.put("/api/v1/advocacy/stakeholders/" + minister + "/role", advocacy,
                "{\"roleTitle\":\"Secretary of State for Justice\",\"organisation\":\"Ministry of Justice\"}").json();
        assertEquals("Ministry of Justice", moved.getString("organisation"));
        assertEquals("Home Office", moved.getJsonArray("pastRoles").getJsonObject(0).getString("organisation"));

        // docs/api.md's shape: one stakeholder named with its type, the programme following from the country; logging
        // again with the same name finds the same person rather than adding another.
        String prosecutor = Api.unique("Special Public Prosecutor ");
        String apiMd = "{\"date\":\"" + met + "\",\"country\":\"BD\",\"stakeholder\":\"" + prosecutor
                + "\",\"stakeholderType\":\"PROSECUTION_SERVICE\",\"type\":\"OTHER\",\"summary\":\"Call about the"
                + " witnesses' travel\"}";
        JsonObject first = api.post("/api/v1/advocacy/engagements", advocacy, apiMd).json();
        assertEquals("BD", first.getString("programme"));
        assertEquals(List.of(prosecutor), first.getJsonArray("stakeholders").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList());
        assertEquals(201, api.post("/api/v1/advocacy/engagements", advocacy, apiMd.replace(prosecutor,
                prosecutor.toUpperCase())).status());
        assertEquals(1, api.get("/api/v1/advocacy/stakeholders?q=" + prosecutor.replace(" ", "%20"), advocacy).json()
                .getInt("total"), "one person, found by name whatever its case");
        assertEquals(List.of("stakeholderType"), api.post("/api/v1/advocacy/engagements", advocacy,
                apiMd.replace(prosecutor, Api.unique("Someone new ")).replace("\"stakeholderType\":\"PROSECUTION_SERVICE\",", ""))
                .badFields(), "a new stakeholder needs a type");
        assertEquals(List.of("programme"), api.post("/api/v1/advocacy/engagements", advocacy,
                apiMd.replace("\"BD\"", "\"TH\"")).badFields(), "no programme of mine works in Thailand");
        assertEquals(List.of("evidenceUrl"), api.post("/api/v1/advocacy/outcomes", advocacy, "{\"campaignId\":" + campaignId
                + ",\"date\":\"" + LocalDate.now() + "\",\"description\":\"x\",\"significance\":\"LOW\","
                + "\"contribution\":\"MINOR\",\"evidenceUrl\":\"javascript:alert(1)\"}").badFields());

        String romania = "/api/v1/advocacy/campaigns/" + campaignId;
        String otherProgramme = newAdvocate("RO");
        assertEquals(404, api.get(romania, otherProgramme).status(), "another programme's campaign does not exist");
        assertEquals(List.of("stakeholders"), api.post("/api/v1/advocacy/engagements", otherProgramme, "{\"programme\":"
                + "\"RO\",\"date\":\"" + met + "\",\"type\":\"LETTER\",\"stakeholders\":[" + minister + "],\"summary\":\"x\"}")
                .badFields());
        assertEquals(403, api.get("/api/v1/advocacy/campaigns", api.token("trainer", Deployments.DEMO_PASSWORD)).status());
        assertFalse(api.get("/api/v1/advocacy/campaigns", api.token("mel", Deployments.DEMO_PASSWORD)).body().isEmpty());
    }

    @Test
    void searchFindsEveryKindOfRecordByAnyOfItsWordsWithinScope() {
        Map<String, JsonObject> found = new HashMap<>();
        JsonObject hits = api.get("/api/v1/advocacy/search?q=jhenaid", advocacy).json();
        hits.getJsonArray("items").forEach(h -> found.putIfAbsent(h.asJsonObject().getString("kind"), h.asJsonObject()));
        assertEquals(Set.of("STAKEHOLDER", "CAMPAIGN", "ENGAGEMENT", "OUTCOME"), found.keySet(),
                "the start of a word finds the judge, the campaign, the meeting and the win: " + hits);
        assertEquals("A mobile court for Jhenaidah", found.get("CAMPAIGN").getString("title"));
        assertTrue(Set.of("STAKEHOLDER", "CAMPAIGN").contains(hits.getJsonArray("items").getJsonObject(0).getString("kind")),
                "people and campaigns first, then the dated records newest first");
        assertEquals(0, api.get("/api/v1/advocacy/search?q=jhenaidah+carbis", advocacy).json().getJsonArray("items").size(),
                "every word must match");
        assertEquals(List.of("q"), api.get("/api/v1/advocacy/search?q=+the+", advocacy).badFields(),
                "nothing to look for");

        // Written records are found at once, accents folded, by a follow-up's words too.
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        long person = api.post("/api/v1/advocacy/stakeholders", advocacy, "{\"programme\":\"RO\",\"name\":\"Prefectura Iași "
                + word + "\",\"kind\":\"MINISTRY\",\"country\":\"RO\"}").json().getJsonNumber("id").longValue();
        JsonObject iasi = api.get("/api/v1/advocacy/search?q=iasi+" + word, advocacy).json();
        assertEquals(1, iasi.getJsonArray("items").size(), iasi.toString());
        assertEquals(person, iasi.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(201, api.post("/api/v1/advocacy/engagements", advocacy, "{\"programme\":\"RO\",\"date\":\""
                + LocalDate.now() + "\",\"type\":\"LETTER\",\"stakeholders\":[" + person + "],\"summary\":\"Letter on"
                + " referrals\",\"followUps\":[{\"action\":\"Chase the " + word + "x reply\",\"due\":\""
                + LocalDate.now().plusDays(5) + "\"}]}").status());
        assertEquals(Set.of("STAKEHOLDER", "ENGAGEMENT"), api.get("/api/v1/advocacy/search?q=" + word, advocacy).json()
                .getJsonArray("items").stream().map(h -> h.asJsonObject().getString("kind")).collect(
                        java.util.stream.Collectors.toSet()), "the engagement met the person and holds the follow-up");

        // Another programme's records are not there at all.
        assertEquals(0, api.get("/api/v1/advocacy/search?q=jhenaidah", newAdvocate("RO")).json().getJsonArray("items")
                .size());
        // An administrator can store every record's words again; search finds the same afterwards.
        String admin = api.token("admin", Deployments.ADMIN_PASSWORD);
        assertTrue(api.post("/api/v1/advocacy/search/rebuild", admin, "{}").json().getInt("records") >= 25);
        assertEquals(4, api.get("/api/v1/advocacy/search?q=jhenaid", advocacy).json().getJsonArray("items").stream()
                .map(h -> h.asJsonObject().getString("kind")).distinct().count());
        assertEquals(403, api.post("/api/v1/advocacy/search/rebuild", advocacy, "{}").status());
    }

    @Test
    void aCampaignHasItsMapEvidenceAndBriefingPack() throws Exception {
        long bill = campaignId("Amendment to the Nationality and Borders Bill");
        String mapPath = "/api/v1/advocacy/campaigns/" + bill + "/map";
        Map<String, JsonObject> map = new HashMap<>();
        api.get(mapPath, advocacy).json().getJsonArray("placed").forEach(e -> map.put(e.asJsonObject().getString("name"),
                e.asJsonObject()));
        JsonObject mp = map.get("Demo MP for Wolverhampton");
        assertEquals("CHAMPION", mp.getString("quadrant"));
        assertTrue(mp.getBoolean("placedOnCampaign"), "placed on this campaign at 3/5");
        assertEquals(3, mp.getInt("influence"));
        JsonObject homeOffice = map.get("Home Office, Modern Slavery Unit");
        assertEquals("BLOCKER", homeOffice.getString("quadrant"), "where they stand in general: influence 5, stance 2");
        assertFalse(homeOffice.getBoolean("placedOnCampaign"));
        assertEquals(1, homeOffice.getInt("engagements"));

        long homeOfficeId = homeOffice.getJsonNumber("stakeholder").longValue();
        String place = mapPath + "/" + homeOfficeId;
        assertEquals(Set.of("influence", "stance"), Set.copyOf(api.put(place, advocacy, "{\"influence\":9}").badFields()));
        JsonObject moved = api.put(place, advocacy, "{\"influence\":5,\"stance\":3}").json();
        assertEquals("PERSUADE", moved.getString("quadrant"));
        long version = moved.getJsonNumber("version").longValue();
        assertEquals("CHAMPION", api.put(place, advocacy, "{\"influence\":5,\"stance\":4,\"version\":" + version + "}")
                .json().getString("quadrant"));
        assertEquals(409, api.put(place, advocacy, "{\"influence\":5,\"stance\":1,\"version\":" + version + "}").status(),
                "someone moved them since");
        assertEquals(404, api.get(mapPath, newAdvocate("BD")).status());

        // Evidence: the demo's court notice; a real PDF is taken and comes back whole; anything else names the field.
        long court = campaignId("A mobile court for Jhenaidah");
        long outcome = api.get("/api/v1/advocacy/campaigns/" + court + "/outcomes", advocacy).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        String evidence = "/api/v1/advocacy/outcomes/" + outcome + "/evidence";
        int held = api.get(evidence, advocacy).array().size();
        assertTrue(held >= 1, "the demo's notice of the mobile court");
        byte[] pack = api.download("/api/v1/advocacy/campaigns/" + court + "/briefing-pack", advocacy, "application/pdf");
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pack))
                .getTextFromPage(1).replaceAll("\\s+", " "); // table cells wrap their lines
        assertTrue(text.contains("A mobile court for Jhenaidah"), text);
        assertTrue(text.contains("Trafficking cases in Jhenaidah heard by a mobile court"), "the ask: " + text);
        assertTrue(text.contains("A mobile court began hearing trafficking cases in Jhenaidah"), "the outcome: " + text);
        assertTrue(text.contains("witness absence causes most adjournments"), "the figures it rests on: " + text);

        Answer uploaded = api.upload(evidence + "?fileName=briefing.pdf", advocacy, "application/pdf", pack);
        assertEquals(201, uploaded.status(), uploaded.body());
        byte[] back = api.download("/api/v1/advocacy/evidence/" + uploaded.json().getJsonNumber("id"), advocacy,
                "application/pdf");
        assertTrue(java.util.Arrays.equals(pack, back), "the file comes back as it went in");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals(List.of("file"), api.upload(evidence + "?fileName=minutes.pdf", advocacy, "application/pdf", program)
                .badFields(), "a program named .pdf");
        assertEquals(List.of("fileName"), api.upload(evidence + "?fileName=setup.exe", advocacy,
                "application/octet-stream", program).badFields());
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pack, 0, tooLarge, 0, pack.length);
        assertEquals(List.of("file"), api.upload(evidence + "?fileName=huge.pdf", advocacy, "application/pdf", tooLarge)
                .badFields(), "over the 10 MB limit");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Answer bomb = api.upload(evidence + "?fileName=b.xlsx", advocacy, xlsx, inflatingZip(256));
        assertEquals(List.of("file"), bomb.badFields(), "a small workbook that inflates to 256 MB: " + bomb.body());
        assertEquals(201, api.upload(evidence + "?fileName=figures.xlsx", advocacy, xlsx, aWorkbook()).status(),
                "a real workbook is still taken");
        assertEquals(held + 2, api.get(evidence, advocacy).array().size(), "nothing refused was written");
        assertEquals(404, api.get("/api/v1/advocacy/evidence/" + uploaded.json().getJsonNumber("id"), newAdvocate("RO"))
                .status());
    }

    /** A zip named like a workbook whose one part is {@code megabytes} MB of zeros (about 1,000:1). */
    private static byte[] inflatingZip(int megabytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] aWorkbook() throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue("Cases heard by the mobile court");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long campaignId(String title) {
        return api.get("/api/v1/advocacy/campaigns", advocacy).array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals(title)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String newAdvocate(String programme) {
        String username = "advocate." + UUID.randomUUID().toString().substring(0, 8);
        Answer created = api.post("/api/v1/users", api.token("admin", Deployments.ADMIN_PASSWORD), """
                {"username":"%s","password":"a perfectly fine passphrase","roles":["ADVOCACY"],"programmes":["%s"]}"""
                .formatted(username, programme));
        assertEquals(201, created.status(), created.body());
        return api.token(username, "a perfectly fine passphrase");
    }
}
