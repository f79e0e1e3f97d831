package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The description the WAR serves at {@code /openapi} (written by the build from the resources), read by
 * swagger-parser as any partner's tooling would: it must parse without a single message, describe every route of
 * docs/api.md, and carry what a generated client needs (schemas with enums, problem+json, the bearer scheme).
 */
class OpenApiDescriptionTest {

    private static final Path DESCRIPTION = Path.of("target/classes/META-INF/openapi.json");

    /** docs/api.md's Resources table, method and path. */
    private static final List<String> CONTRACT = List.of(
            "get /programmes", "post /programmes", "get /users", "post /users", "put /users/{id}", "get /audit",
            "post /survivors", "get /survivors/{id}", "post /survivors/{id}/reveal", "post /survivors/{id}/removals",
            "post /survivors/{id}/care-episodes", "post /survivors/{id}/repatriations", "post /survivors/{id}/follow-ups",
            "post /survivors/{id}/recovery-assessments", "post /survivors/{id}/police-engagements",
            "post /investigations", "post /prevention/sessions", "post /court-cases", "post /court-cases/{id}/accused",
            "post /court-cases/{id}/accused/{accusedId}/verdict", "post /court-cases/{id}/hearings",
            "put /hearings/{id}/outcome", "post /court-cases/{id}/witnesses", "get /hearings/{id}/attendance-plan",
            "put /hearings/{id}/attendance", "get /witness-tasks", "post /training/sessions",
            "post /training/sessions/{id}/attendees", "post /advocacy/engagements", "post /advocacy/outcomes",
            "get /reports/headline", "post /imports/htcds", "post /imports/court-cases", "post /auth/token");

    private static OpenAPI api;

    @BeforeAll
    static void parse() throws IOException {
        assertTrue(Files.exists(DESCRIPTION), DESCRIPTION + " is written at process-classes");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(DESCRIPTION));
        assertEquals(List.of(), result.getMessages(), "swagger-parser finds the description faulty");
        api = result.getOpenAPI();
        assertNotNull(api);
    }

    private static Operation operation(String route) {
        String[] parts = route.split(" ", 2);
        String path = "/api/v1" + parts[1].replace("{hearingId}", "{id}");
        PathItem item = api.getPaths().get(path);
        if (item == null) {
            // Path parameters may be named differently ({hearingId}); the route is the same.
            item = api.getPaths().entrySet().stream()
                    .filter(e -> e.getKey().replaceAll("\\{[^}]+}", "{}").equals(path.replaceAll("\\{[^}]+}", "{}")))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        assertNotNull(item, route + " is not described");
        Operation op = switch (parts[0]) {
            case "get" -> item.getGet();
            case "post" -> item.getPost();
            case "put" -> item.getPut();
            default -> item.getDelete();
        };
        assertNotNull(op, route + " is not described");
        return op;
    }

    @Test
    void everyRouteOfTheContractIsDescribedWithItsErrorsAsProblemJson() {
        List<String> missing = new ArrayList<>();
        for (String route : CONTRACT) {
            Operation op = operation(route);
            for (String status : route.endsWith("/auth/token") ? List.of("400") : List.of("400", "401", "403", "404", "409")) {
                if (op.getResponses().get(status) == null) {
                    missing.add(route + " " + status);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("bearer", api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme());
        assertTrue(api.getComponents().getResponses().get("BadRequest").getContent().containsKey("application/problem+json"));
        assertTrue(api.getComponents().getSchemas().get("Problem").getProperties().keySet()
                .containsAll(List.of("type", "title", "status", "detail", "errors")));
    }

    @Test
    void createdRecordsAnswer201WithTheirSchemaAndALocation() {
        for (String route : List.of("post /survivors", "post /court-cases", "post /court-cases/{id}/hearings",
                "post /training/sessions", "post /advocacy/engagements", "post /survivors/{id}/follow-ups")) {
            var created = operation(route).getResponses().get("201");
            assertNotNull(created, route + " answers 201");
            assertNotNull(created.getHeaders().get("Location"), route);
            assertNotNull(created.getContent().get("application/json").getSchema().get$ref(), route + " names its answer");
        }
    }

    @Test
    void codesAreEnumsAndDateTimesCarryTheirFormat() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        assertEquals(List.of("WITNESS_ABSENT", "PROSECUTOR_ABSENT", "DEFENCE_TIME_PETITION", "ACCUSED_NOT_PRODUCED",
                "DOCKET_NOT_PRODUCED", "JUDGE_UNAVAILABLE", "COURT_CLOSED", "OTHER"),
                schemas.get("AdjournmentReason").getEnum().subList(0, 8));
        assertTrue(schemas.get("VerdictOutcome").getEnum().containsAll(List.of("CONVICTED", "ACQUITTED", "DISCHARGED", "WITHDRAWN")));
        assertEquals("date-time", ((Schema<?>) schemas.get("HearingBody").getProperties().get("scheduledAt")).getFormat());
        assertEquals("date-time", ((Schema<?>) schemas.get("HearingView").getProperties().get("scheduledAt")).getFormat());
        List<?> recordTypes = operation("get /audit").getParameters().stream().filter(p -> p.getName().equals("recordType"))
                .findFirst().orElseThrow().getSchema().getEnum();
        assertTrue(recordTypes.containsAll(List.of("survivor", "court-case", "hearing", "training-session")), recordTypes.toString());
    }

    /**
     * The Codes table of docs/api.md, the contract as this repository states it: a row per field, its codes in
     * backticks. Read from the page itself, so the page and the description cannot drift apart.
     */
    private static Map<String, List<String>> contractCodes() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "..", "docs", "api.md"));
        Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("`([A-Z][A-Z_]*)`");
        boolean inCodes = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inCodes = line.equals("## Codes");
            } else if (inCodes && line.startsWith("| ") && !line.startsWith("| field") && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                // "significance, contribution" holds two lists, split by "; ".
                String[] fields = cells[1].replace("`", "").trim().split(", ");
                String[] lists = cells[2].split("; ");
                for (int i = 0; i < lists.length; i++) {
                    List<String> values = new ArrayList<>();
                    java.util.regex.Matcher m = code.matcher(lists[i].replaceAll("\\(with `[^`]*`\\)", ""));
                    while (m.find()) {
                        values.add(m.group(1));
                    }
                    codes.put(fields[Math.min(i, fields.length - 1)], values);
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeListOfTheContractIsAnEnumOfTheDescription() throws IOException {
        Map<String, List<String>> codes = contractCodes();
        assertEquals(19, codes.size(), "docs/api.md's Codes table, a list per field: " + codes.keySet());
        assertEquals(List.of("SOLE", "MAJOR", "SHARED", "MINOR"), codes.get("contribution"));
        assertEquals(8, codes.get("adjournmentReason").size(), "witnessRole is a field, not a reason");
        List<List<?>> enums = api.getComponents().getSchemas().values().stream().<List<?>>map(s -> s.getEnum())
                .filter(java.util.Objects::nonNull).toList();
        List<String> missing = codes.entrySet().stream()
                .filter(e -> enums.stream().noneMatch(values -> values.containsAll(e.getValue())))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of(), missing, "code lists of docs/api.md no enum of the description offers whole");
    }
}
