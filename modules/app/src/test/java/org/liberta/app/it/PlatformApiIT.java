package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
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
import org.liberta.platform.internal.crypto.Totp;

/**
 * The platform's REST contract and security behaviour against the packaged WAR on a real server and database:
 * authentication, programme scope, validation, optimistic locking, lock-out, tokens, second factor, audit.
 * Each test creates its own users (unique names), so the tests do not depend on each other's order.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformApiIT {

    @ArquillianResource
    private URL base;

    private Api api;
    private String admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @BeforeEach
    void signInAsAdministrator() {
        Deployments.awaitReady(base);
        api = new Api(base);
        admin = api.token("admin", Deployments.ADMIN_PASSWORD);
    }

    private String newUser(String role, String programme) {
        String username = role.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
        Answer created = api.post("/api/v1/users", admin, """
                {"username":"%s","password":"a perfectly fine passphrase","roles":["%s"],"programmes":["%s"]}"""
                .formatted(username, role, programme));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private long userId(String username) {
        return api.get("/api/v1/users?size=500", admin).items().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long programmeId(String code) {
        return api.get("/api/v1/programmes", admin).items().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /**
     * ASVS 5.0 wants at least 128 random bits in whatever identifies a session; Payara's ids carry about 56. Sign-in
     * therefore adds a key cookie of 256 random bits, and a session id alone is worth nothing.
     */
    @Test
    void aSessionIsHonouredOnlyWithThe256BitKeyItWasGivenAtSignIn() throws Exception {
        String username = newUser("CASEWORKER", "UK");
        WebSession browser = WebSession.signIn(base, username, "a perfectly fine passphrase");
        String key = browser.cookie("LIBERTA_KEY");
        assertNotNull(key, "sign-in sets the key: " + browser.signInCookies());
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(key).length, "256 bits");
        assertTrue(browser.signInCookies().stream().anyMatch(c -> c.startsWith("LIBERTA_KEY=")
                && c.contains("HttpOnly") && c.contains("SameSite=Strict")), "a cookie no script can read");
        assertTrue(browser.signInCookies().stream().anyMatch(c -> c.startsWith("LIBERTA_DEVICE=")
                && c.contains("HttpOnly") && c.contains("Max-Age=")), "and the browser is known from now on");
        assertEquals(200, browser.get("/").status(), "the session with its key");

        String sessionOnly = "LIBERTA_SESSION=" + browser.cookie("LIBERTA_SESSION");
        HttpClient stranger = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, status(stranger, "/", sessionOnly), "the session id alone is sent to sign in");
        assertEquals(302, status(stranger, "/", sessionOnly + "; LIBERTA_KEY=" + key.substring(1) + "A"),
                "a wrong key too");
        assertEquals(200, browser.get("/").status(), "and its owner is not signed out by the attempts");
    }

    /** Someone who reads Bengali or Romanian meets Liberta in their language before they can choose it. */
    @Test
    void theSignInPageSpeaksTheFirstOfTheBrowsersLanguagesLibertaSpeaks() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("bn-BD,bn;q=0.9,en;q=0.5", "bn");
        expected.put("fr-FR,fr;q=0.9,ro;q=0.8,en;q=0.7", "ro");
        expected.put("fr-FR", "en");
        expected.put("en-GB,bn;q=0.5", "en");
        for (java.util.Map.Entry<String, String> accepted : expected.entrySet()) {
            String page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("Accept-Language", accepted.getKey()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            // The page's own language (the language links each carry theirs too).
            assertTrue(page.matches("(?s).*<html[^>]*\\slang=\"" + accepted.getValue() + "\".*"),
                    accepted.getKey() + " reads " + accepted.getValue());
        }
    }

    /**
     * A replayed or forged form (a ViewState the server never issued, as a script or an expired tab sends) is sent
     * back to the page it names, not answered with a blank 500; a post whose script nonce is not its page's is a 400
     * page. Both with the security headers.
     */
    @Test
    void aForgedOrExpiredFormIsAnsweredWithThePageNotAFailure() throws Exception {
        RawHttp.Reply forged = WebSession.anonymous(base).postForm("/login.xhtml", "login=login&jakarta.faces.ViewState=x");
        assertEquals(302, forged.status(), forged.body());
        assertTrue(String.valueOf(forged.header("Location")).endsWith("/login.xhtml"), forged.headers().toString());
        assertEquals("nosniff", forged.header("X-Content-Type-Options"));

        WebSession browser = WebSession.anonymous(base);
        String viewState = browser.signInFormViewState();
        RawHttp.Reply wrongNonce = browser.postForm("/login.xhtml", "login=login&login%3Ausername=someone"
                + "&login%3Apassword=whatever&login%3AsignIn=&primefaces.nonce=bm90LXRoZS1wYWdlcw"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8));
        assertEquals(400, wrongNonce.status(), wrongNonce.body());
        assertTrue(String.valueOf(wrongNonce.header("Content-Type")).startsWith("text/html"));
        assertTrue(wrongNonce.body().contains("This form could not be accepted"), wrongNonce.body());
        assertTrue(String.valueOf(wrongNonce.header("Content-Security-Policy")).contains("default-src 'none'"),
                "the headers of every answer");
    }

    private int status(HttpClient browser, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void nothingWorksWithoutAuthentication() {
        Answer api401 = api.get("/api/v1/programmes", null);
        assertEquals(401, api401.status());
        assertTrue(api401.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(401, api401.json().getInt("status"));
        assertEquals(401, api.get("/api/v1/users", "not-a-real-token").status());
        for (String page : List.of("/", "/admin/users.xhtml", "/casework/index.xhtml", "/reporting/index.xhtml")) {
            Answer answer = api.get(page, null);
            assertEquals(302, answer.status(), page);
            assertTrue(answer.header("Location").endsWith("/login.xhtml"), page);
        }
        assertEquals(200, api.get("/login.xhtml", null).status());
    }

    @Test
    void demoProgrammesAreThereWithTheirRelationships() {
        Answer programmes = api.get("/api/v1/programmes?size=100", admin);
        assertEquals(200, programmes.status());
        // Other classes of the pass add programmes of their own (docs/architecture.md, "Tests"): the demo's five
        // are there, each with its relationship.
        Set<String> codes = programmes.items().stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("code") + ":" + p.getString("country") + ":" + p.getString("relationship"))
                .collect(Collectors.toSet());
        assertEquals(programmes.json().getInt("total"), codes.size(), "one page holds them all");
        assertTrue(codes.containsAll(Set.of("UK:GB:DIRECT", "RO:RO:DIRECT", "BD:BD:DIRECT", "TH:TH:JOINT_OPERATION",
                "IN:IN:FUNDED_JOINT_OPERATION")), codes.toString());
    }

    @Test
    void aUserSeesOnlyTheirProgrammesAndOutOfScopeIsNotFound() {
        String lawyer = newUser("LAWYER", "BD");
        String token = api.token(lawyer, "a perfectly fine passphrase");

        Answer mine = api.get("/api/v1/programmes", token);
        assertEquals(1, mine.json().getInt("total"));
        assertEquals("BD", mine.items().getJsonObject(0).getString("code"));
        long uk = programmeId("UK");
        Answer other = api.get("/api/v1/programmes/" + uk, token);
        assertEquals(404, other.status());
        assertFalse(other.body().contains("United Kingdom"), "nothing of the record leaks");
        assertEquals(404, api.get("/api/v1/programmes/" + (uk + 1), token).status(), "neighbouring id");

        assertEquals(403, api.get("/api/v1/users", token).status());
        assertEquals(403, api.get("/api/v1/audit", token).status());
        assertEquals(403, api.post("/api/v1/programmes", token,
                "{\"code\":\"XX\",\"name\":\"X\",\"country\":\"GB\",\"relationship\":\"DIRECT\"}").status());
        // Refused before the body is looked at: a non-administrator learns nothing of what an update needs.
        for (String path : List.of("/api/v1/programmes/" + programmeId("BD"), "/api/v1/users/1")) {
            for (String body : List.of("{}", "{\"name\":\"\"}", "")) {
                Answer refused = api.put(path, token, body);
                assertEquals(403, refused.status(), path + " " + body + ": " + refused.body());
                assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
                assertFalse(refused.body().contains("version"), refused.body());
            }
        }
        assertEquals(403, api.post("/api/v1/users", token, "{}").status());
        Answer denials = api.get("/api/v1/audit?user=" + lawyer + "&action=DENIED", admin);
        assertTrue(denials.json().getInt("total") >= 3, "failed authorisations are audited");
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndWritesNothing() {
        int usersBefore = api.get("/api/v1/users?size=1", admin).json().getInt("total");

        Answer malformed = api.post("/api/v1/users", admin, "{\"username\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(List.of("body"), malformed.badFields());

        Answer unknownField = api.post("/api/v1/users", admin, """
                {"username":"x.y","password":"a perfectly fine passphrase","roles":["LAWYER"],"programmes":["BD"],"nickname":"z"}""");
        assertEquals(400, unknownField.status());
        assertEquals(List.of("nickname"), unknownField.badFields());

        Answer wrongType = api.post("/api/v1/users", admin, """
                {"username":"x.y","password":"a perfectly fine passphrase","roles":["LAWYER"],"programmes":["BD"],"enabled":"yes"}""");
        assertEquals(400, wrongType.status());
        assertEquals(List.of("enabled"), wrongType.badFields());

        Answer badEnum = api.post("/api/v1/users", admin, """
                {"username":"x.y","password":"a perfectly fine passphrase","roles":["KING"],"programmes":["BD"]}""");
        assertEquals(400, badEnum.status());
        assertEquals(List.of("roles"), badEnum.badFields());

        Answer missing = api.post("/api/v1/users", admin, "{\"password\":\"x\",\"programmes\":[]}");
        assertEquals(400, missing.status());
        assertTrue(missing.badFields().containsAll(List.of("username", "roles")), missing.body());

        Answer rules = api.post("/api/v1/users", admin, """
                {"username":"x.y","password":"short","roles":["LAWYER"],"programmes":["XX"]}""");
        assertEquals(400, rules.status());
        assertEquals(Set.of("password", "programmes"), Set.copyOf(rules.badFields()));

        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (String route : List.of("/api/v1/users", "/api/v1/programmes", "/api/v1/court-cases",
                "/api/v1/advocacy/engagements", "/api/v1/training/sessions")) {
            Answer nested = api.post(route, admin, deep);
            assertEquals(400, nested.status(), route + ": " + nested.body());
            assertTrue(nested.header("Content-Type").startsWith("application/problem+json"), route);
            assertEquals(List.of("body"), nested.badFields(), route);
        }

        Answer oversize = api.post("/api/v1/users", admin,
                "{\"username\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}");
        assertEquals(400, oversize.status());
        assertEquals(List.of("body"), oversize.badFields());

        assertEquals(usersBefore, api.get("/api/v1/users?size=1", admin).json().getInt("total"), "nothing written");
        Answer page = api.get("/api/v1/users?size=501", admin);
        assertEquals(400, page.status());
        assertEquals(List.of("size"), page.badFields());
    }

    @Test
    void aStaleUpdateIsAConflictNotAnOverwrite() {
        String username = newUser("TRAINER", "UK");
        JsonObject user = api.get("/api/v1/users?size=500", admin).items().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
        long id = user.getJsonNumber("id").longValue();
        long version = user.getJsonNumber("version").longValue();
        String change = "{\"roles\":[\"TRAINER\"],\"programmes\":[\"UK\",\"BD\"],\"version\":%d}";

        Answer first = api.put("/api/v1/users/" + id, admin, change.formatted(version));
        assertEquals(200, first.status(), first.body());
        assertEquals(Set.of("UK", "BD"), first.json().getJsonArray("programmes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).collect(Collectors.toSet()));
        assertFalse(first.body().contains("password"), "the password never comes back");

        Answer stale = api.put("/api/v1/users/" + id, admin, change.formatted(version));
        assertEquals(409, stale.status());
    }

    @Test
    void repeatedFailuresLockTheAccountWithoutRevealingWhichUsersExist() {
        String username = newUser("CASEWORKER", "UK");
        Answer unknown = api.post("/api/v1/auth/token", null, Api.credentials("nobody.here", "wrong password!!", null));
        for (int i = 0; i < 5; i++) {
            Answer wrong = api.post("/api/v1/auth/token", null, Api.credentials(username, "wrong password!!", null));
            assertEquals(401, wrong.status());
            assertEquals(unknown.body(), wrong.body(), "same answer as for an unknown user");
        }
        Answer locked = api.post("/api/v1/auth/token", null,
                Api.credentials(username, "a perfectly fine passphrase", null));
        assertEquals(401, locked.status(), "locked even with the right password");
        assertEquals(unknown.body(), locked.body());
        Answer audit = api.get("/api/v1/audit?action=LOCKED_OUT", admin);
        assertTrue(audit.json().getInt("total") >= 1);
        assertTrue(api.get("/api/v1/audit?action=LOGIN_FAILED", admin).json().getInt("total") >= 6);
    }

    @Test
    void disablingAUserEndsTheirAccessAtOnceAndTokensCanBeRevoked() {
        String username = newUser("ADVOCACY", "RO");
        String token = api.token(username, "a perfectly fine passphrase");
        assertEquals(200, api.get("/api/v1/auth/me", token).status());
        JsonObject user = api.get("/api/v1/users?size=500", admin).items().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow();
        Answer disabled = api.put("/api/v1/users/" + user.getJsonNumber("id"), admin,
                "{\"roles\":[\"ADVOCACY\"],\"programmes\":[\"RO\"],\"enabled\":false,\"version\":%d}"
                        .formatted(user.getJsonNumber("version").longValue()));
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, api.get("/api/v1/auth/me", token).status());

        String second = api.token("trainer", Deployments.DEMO_PASSWORD);
        assertEquals(204, api.delete("/api/v1/auth/token", second).status());
        assertEquals(401, api.get("/api/v1/auth/me", second).status());
    }

    @Test
    void aSecondFactorOnceEnrolledIsRequiredForTokens() {
        String username = newUser("TRAINER", "BD");
        String token = api.token(username, "a perfectly fine passphrase");
        String secret = api.post("/api/v1/auth/mfa", token, "").json().getString("secret");
        Answer wrongCode = api.post("/api/v1/auth/mfa/confirm", token, "{\"secret\":\"%s\",\"code\":\"000000\"}".formatted(secret));
        assertEquals(400, wrongCode.status());
        assertEquals(List.of("code"), wrongCode.badFields());
        String code = Totp.code(secret, Totp.stepAt(Instant.now()));
        assertEquals(204, api.post("/api/v1/auth/mfa/confirm", token,
                "{\"secret\":\"%s\",\"code\":\"%s\"}".formatted(secret, code)).status());

        assertEquals(401, api.post("/api/v1/auth/token", null,
                Api.credentials(username, "a perfectly fine passphrase", null)).status());
        Answer withCode = api.post("/api/v1/auth/token", null, Api.credentials(username, "a perfectly fine passphrase",
                Totp.code(secret, Totp.stepAt(Instant.now()))));
        assertEquals(200, withCode.status(), withCode.body());

        // The phone is lost: an administrator who checked who is asking removes the factor; every token ends with it.
        String path = "/api/v1/users/" + userId(username) + "/mfa/removal";
        assertEquals(List.of("reason"), api.post(path, admin, "{\"reason\":\"lost\"}").badFields());
        assertEquals(List.of("userId"), api.post("/api/v1/users/" + userId("admin") + "/mfa/removal", admin,
                "{\"reason\":\"checked my own passport\"}").badFields(), "not one's own");
        Answer removed = api.post(path, admin, "{\"reason\":\"phone stolen; identity checked by video call with her manager\"}");
        assertEquals(200, removed.status(), removed.body());
        assertFalse(removed.json().getBoolean("mfaEnrolled"));
        assertEquals(401, api.get("/api/v1/auth/me", withCode.json().getString("token")).status(), "its tokens ended");
        assertEquals(200, api.post("/api/v1/auth/token", null,
                Api.credentials(username, "a perfectly fine passphrase", null)).status(), "the password alone again");
        assertTrue(api.get("/api/v1/audit?action=MFA_REMOVED&recordType=user&recordId=" + userId(username), admin)
                .json().getJsonArray("items").getJsonObject(0).getString("detail").contains("video call"));

        // Partners must have a factor here (LIBERTA_MFA_REQUIRED_ROLES=PARTNER) and have none yet: no token until enrolled.
        assertEquals(401, api.post("/api/v1/auth/token", null, Api.credentials("partner.in", Deployments.DEMO_PASSWORD, null)).status());
    }

    @Test
    void rotatingTheVaultKeyReencryptsValuesThatStillWork() {
        String username = newUser("TRAINER", "RO");
        String token = api.token(username, "a perfectly fine passphrase");
        String secret = api.post("/api/v1/auth/mfa", token, "").json().getString("secret");
        assertEquals(204, api.post("/api/v1/auth/mfa/confirm", token, "{\"secret\":\"%s\",\"code\":\"%s\"}"
                .formatted(secret, Totp.code(secret, Totp.stepAt(Instant.now())))).status());
        assertEquals(403, api.post("/api/v1/admin/vault/rotate", token, "").status());

        Answer rotated = api.post("/api/v1/admin/vault/rotate", admin, "");
        assertEquals(200, rotated.status(), rotated.body());
        assertTrue(rotated.json().getJsonNumber("reencrypted").longValue() >= 1);
        Answer withCode = api.post("/api/v1/auth/token", null, Api.credentials(username, "a perfectly fine passphrase",
                Totp.code(secret, Totp.stepAt(Instant.now()))));
        assertEquals(200, withCode.status(), "the secret decrypts under the new key");
        assertTrue(api.get("/api/v1/audit?action=KEY_ROTATION", admin).json().getInt("total") >= 1);
    }

    @Test
    void theAuditTrailIsFilterableAndItsChainVerifies() {
        newUser("PARTNER", "TH");
        Answer creations = api.get("/api/v1/audit?user=admin&action=CREATE&recordType=user", admin);
        assertEquals(200, creations.status());
        JsonObject newest = creations.items().getJsonObject(0);
        assertEquals("admin", newest.getString("user"));
        assertNotNull(newest.getString("at"));
        assertEquals("127.0.0.1", newest.getString("address"));
        assertFalse(newest.getString("detail").contains("passphrase"));

        JsonObject verification = api.get("/api/v1/audit/verify", admin).json();
        assertTrue(verification.getBoolean("intact"), verification.toString());
        assertTrue(verification.getJsonNumber("checked").longValue() > 10);
        assertEquals(400, api.get("/api/v1/audit?from=yesterday", admin).status());
    }

    /** Tampering is only possible from outside while the server runs on MySQL (the embedded file is locked). */
    @Test
    void editingTheAuditTableBehindLibertasBackIsDetected() throws Exception {
        assumeTrue(TestDatabase.isMySql(), "needs a shared database server");
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement()) {
            long seq;
            String detail;
            try (ResultSet rs = s.executeQuery("select seq, detail from plt_audit_entry where seq = 3")) {
                rs.next();
                seq = rs.getLong(1);
                detail = rs.getString(2);
            }
            try (PreparedStatement edit = db.prepareStatement("update plt_audit_entry set detail = ? where seq = ?")) {
                edit.setString(1, "roles [ADMIN]");
                edit.setLong(2, seq);
                edit.executeUpdate();
                JsonObject broken = api.get("/api/v1/audit/verify", admin).json();
                assertFalse(broken.getBoolean("intact"));
                assertEquals(seq, broken.getJsonNumber("firstBrokenSeq").longValue());
                edit.setString(1, detail);
                edit.executeUpdate();
            }
            assertTrue(api.get("/api/v1/audit/verify", admin).json().getBoolean("intact"));
        }
    }

    @Test
    void secondFactorSecretsAreEncryptedAtRest() throws Exception {
        assumeTrue(TestDatabase.isMySql(), "reads the raw table over JDBC");
        String username = newUser("TRAINER", "UK");
        String token = api.token(username, "a perfectly fine passphrase");
        String secret = api.post("/api/v1/auth/mfa", token, "").json().getString("secret");
        api.post("/api/v1/auth/mfa/confirm", token, "{\"secret\":\"%s\",\"code\":\"%s\"}"
                .formatted(secret, Totp.code(secret, Totp.stepAt(Instant.now()))));
        try (Connection db = TestDatabase.connect(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select cipher_text, key_id from plt_vault_value")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertFalse(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1).contains(secret));
                assertNotNull(rs.getString(2));
            }
            assertTrue(rows >= 1);
        }
    }

    @Test
    void errorsAndHeadersRevealNothingAboutTheServer() {
        Answer unknownRoute = api.get("/api/v1/no-such-thing", admin);
        assertEquals(404, unknownRoute.status());
        assertTrue(unknownRoute.header("Content-Type").startsWith("application/problem+json"));
        Answer programmes = api.get("/api/v1/programmes", admin);
        for (Answer answer : List.of(unknownRoute, programmes, api.get("/login.xhtml", null))) {
            assertNull(answer.header("X-Powered-By"));
            String server = answer.header("Server");
            assertTrue(server == null || !server.toLowerCase().contains("payara"), server);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"));
            assertEquals("no-referrer", answer.header("Referrer-Policy"));
            assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("no-store", answer.header("Cache-Control"));
        }
        String cookie = api.get("/login.xhtml", null).header("Set-Cookie");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertEquals(1, cookie.split("SameSite", -1).length - 1, "SameSite said once: " + cookie);

        // A GET carrying a body reaches Liberta (the body is ignored) and is answered as any GET: problem+json
        // without a token, the list with one; not the server's empty 400.
        Answer anonymousWithBody = api.send("GET", "/api/v1/programmes", null, "{\"code\":\"UK\"}");
        assertEquals(401, anonymousWithBody.status());
        assertTrue(anonymousWithBody.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(200, api.send("GET", "/api/v1/programmes", admin, "{\"code\":\"UK\"}").status());
        // A NUL in the path is refused by the server itself, before Liberta sees the request: 400, nothing else.
        assertEquals(400, api.get("/api/v1/advocacy/campaigns/%00/map/%00", admin).status());
        assertEquals(200, api.get("/api/v1/programmes", admin).status(), "and the server carries on");
        Answer notJson = api.post("/api/v1/programmes", admin, "<xml/>");
        assertEquals(400, notJson.status());
        assertFalse(notJson.body().contains("Exception"), notJson.body());
    }

    @Test
    void healthIncludesTheDatabaseAndTheApiDescribesItself() {
        Answer health = api.get("/health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("liberta-database"), health.body());
        assertTrue(health.body().contains("UP"));
        Answer openapi = api.get("/openapi", null);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/programmes"), "the REST resources are described");
    }
}
