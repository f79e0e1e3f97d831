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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, JsonObject> headline(String from, String to) {
        Map<String, JsonObject> lines = new HashMap<>();
        api.get("/api/v1/reports/headline?from=" + from + "&to=" + to, api.token("mel", Deployments.DEMO_PASSWORD)).json()
                .getJsonArray("indicators").forEach(v -> lines.put(v.asJsonObject().getString("code"), v.asJsonObject()));
        return lines;
    }

    @Test
    void theDemoDataReproducesThe2021ReportsProfessionalsTrained() {
        JsonObject line = headline("2021-03-01", "2021-08-31").get("PROFESSIONALS_TRAINED");
        assertEquals(868, line.getInt("direct"), line.toString());
        assertEquals(868, line.getInt("inclFundedJointOps"), line.toString());
        JsonObject byProgramme = line.getJsonObject("byProgramme");
        assertEquals(544, byProgramme.getInt("UK"));
        assertEquals(324, byProgramme.getInt("BD"));
        assertEquals(92, byProgramme.getInt("TH"));
        assertEquals(700, line.getInt("directPrevious"), "March–August 2020 across the direct programmes");
        assertEquals(24.0, line.getJsonNumber("directChangePct").doubleValue(), 0.5, "700 → 868 is +24 %");
        JsonObject attendances = headline("2021-03-01", "2021-08-31").get("TRAINING_ATTENDANCES");
        assertEquals(544 + 60 + 20, attendances.getJsonObject("byProgramme").getInt("UK"),
                "60 trained twice and 20 who did not complete are attendances, not extra professionals");
    }

    @Test
    void aTrainerRecordsASessionAndEachProfessionalOnce() {
        String title = unique("Victim identification for border staff ");
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
                + "\"course\":\"No such course\",\"date\":\"2026-10-05\",\"location\":\"Dover\"}").badFields());
        assertEquals(List.of("programme"), api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"RO\","
                + "\"course\":\"" + title + "\",\"date\":\"2026-10-05\",\"location\":\"Iasi\"}").badFields(),
                "not one of the trainer's programmes");
        Answer created = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-10-05\",\"location\":\"Dover\",\"trainer\":\"A. Trainer\",\"audience\":\"Border Force\"}");
        assertEquals(201, created.status(), created.body());
        long session = created.json().getJsonNumber("id").longValue();
        String attendees = "/api/v1/training/sessions/" + session + "/attendees";

        Map<String, JsonObject> before = headline("2026-10-05", "2026-10-05");
        String email = unique("officer.") + "@borderforce.example.gov.uk";
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
        assertTrue(postOnly.isNull("knowledgeGain") || !postOnly.containsKey("knowledgeGain"),
                "a post score without a pre score is kept but has no gain");
        assertEquals(2, api.get(attendees, trainer).array().size(), "rejected attendees wrote nothing");

        // Jane comes back to another session, typed differently: she is the same professional.
        long second = api.post("/api/v1/training/sessions", trainer, "{\"programme\":\"UK\",\"course\":\"" + title
                + "\",\"date\":\"2026-10-06\",\"online\":true}").json().getJsonNumber("id").longValue();
        JsonObject back = api.post("/api/v1/training/sessions/" + second + "/attendees", trainer, "{\"name\":\"Jane Doe\","
                + "\"organisation\":\"Border Force (Dover)\",\"profession\":\"BORDER_OFFICIAL\",\"email\":\""
                + email.toUpperCase() + "\"}").json();
        assertTrue(back.getBoolean("matched"));
        assertEquals(jane, back.getJsonNumber("professionalId").longValue(), "the same e-mail is the same person");

        Map<String, JsonObject> after = headline("2026-10-05", "2026-10-06");
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

        String partnerTh = api.token("partner.th", Deployments.DEMO_PASSWORD);
        assertEquals(404, api.get(attendees, partnerTh).status(), "another programme's session does not exist");
        assertEquals(404, api.post(attendees, partnerTh, "{\"name\":\"X\",\"organisation\":\"Y\",\"profession\":\"POLICE\"}").status());
        String caseworker = api.token("navigator.uk", Deployments.DEMO_PASSWORD);
        assertEquals(403, api.get("/api/v1/training/sessions", caseworker).status(), "trainers' records, not caseworkers'");
        assertEquals(403, api.get(attendees, api.token("lawyer.uk", Deployments.DEMO_PASSWORD)).status());
        JsonObject session1 = api.get("/api/v1/training/sessions/" + session, trainer).json();
        assertEquals(2, session1.getInt("attendees"));
        assertTrue(api.get(attendees, trainer).array().stream().map(JsonValue::asJsonObject)
                .anyMatch(a -> email.equals(a.getString("email", null))), "contact details for the session's trainers");
    }
}
