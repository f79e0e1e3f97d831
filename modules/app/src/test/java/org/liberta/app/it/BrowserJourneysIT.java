package org.liberta.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.liberta.app.it.Api.Answer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liberta.platform.internal.crypto.Totp;

/**
 * Liberta as people use it, in headless Chromium: signing in (with a first-time second-factor enrolment), every
 * module's page, the languages, a phone-sized screen, signing out, and a navigator's work from intake to a
 * follow-up and a recovery chart. Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT {

    private static final List<String> MODULE_PAGES = List.of("/casework/index.xhtml", "/courts/index.xhtml",
            "/witness/index.xhtml", "/training/index.xhtml", "/advocacy/index.xhtml", "/reporting/index.xhtml");
    private static final List<String> ADMIN_PAGES = List.of("/admin/users.xhtml", "/admin/programmes.xhtml",
            "/admin/audit.xhtml", "/profile.xhtml", "/casework/prevention.xhtml", "/casework/htcds.xhtml",
            "/casework/retention.xhtml", "/courts/calendar.xhtml", "/courts/backlog.xhtml");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @org.junit.jupiter.api.BeforeEach
    void awaitDemoData() {
        Deployments.awaitReady(base);
    }

    private String base() {
        String b = base.toString();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:signIn");
    }

    private static void signOut(Browser browser) {
        browser.click("shellForm:signOut");
        browser.waitForPath("/login.xhtml");
    }

    @Test
    void aRoleThatNeedsASecondFactorEnrolsAtFirstSignIn() {
        try (Browser browser = new Browser(base())) {
            browser.open("/");
            browser.waitForPath("/login.xhtml");
            browser.screenshot("01-login");
            assertEquals(List.of(), browser.failedLoads(), "the sign-in page gets everything it asks for");

            signIn(browser, "partner.th", "wrong password entirely");
            browser.waitForText(".ui-messages-error", "Sign-in failed");

            signIn(browser, "partner.th", Deployments.DEMO_PASSWORD);
            String secret = browser.text("#enrolmentSecret").replace(" ", "");
            browser.screenshot("02-enrolment");
            browser.type("login:code", Totp.code(secret, Totp.stepAt(Instant.now())));
            browser.click("login:submitCode");
            browser.waitForPath("/");
            browser.waitForText("h1", "Welcome");
            String menu = browser.text("#shellMenu");
            assertTrue(menu.contains("Casework") && menu.contains("Reports"), menu);
            assertFalse(menu.contains("Users"), "administration is not offered to partners");
            browser.screenshot("03-home-partner");
            signOut(browser);

            browser.open("/");
            browser.waitForPath("/login.xhtml");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
        }
    }

    @Test
    void aNavigatorTakesASurvivorFromIntakeToAFollowUpAndARecoveryChart() {
        try (Browser browser = new Browser(base())) {
            signIn(browser, "navigator.uk", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/casework/index.xhtml");
            assertTrue(browser.all(".survivor-link").size() >= 5, "the demo caseload is there");
            browser.screenshot("20-caseload");

            browser.click("caseload:newSurvivor");
            browser.type("intake:legalName", "Canary Browsertest");
            browser.type("intake:identityDocument", "passport GB5550017");
            browser.clickVisible("label[for='intake:types:1']");
            browser.screenshot("21-intake");
            browser.clickVisible(Browser.byId("intake:save"));
            browser.waitForPath("/casework/survivor.xhtml");
            String pseudonym = browser.text("#pseudonym");
            assertFalse(browser.pageSource().contains("Canary Browsertest"), "the identity is not shown by default");

            browser.type("followUp:note", "First call after intake");
            browser.click("followUp:log");
            browser.waitForText(Browser.byId("timeline"), "First call after intake");

            browser.clickVisible(Browser.byId("events:kinds:assess"));
            browser.waitForText(Browser.byId("timeline"), "Recovery assessment");
            browser.find("#recoveryChart canvas");
            browser.screenshot("22-survivor-file");

            // An investigation recorded on the file, then the same police reference reported by another
            // programme through the API: one investigation, its outcomes updated, not counted twice.
            browser.clickVisible("a[href$='investigationTab']");
            browser.type("events:kinds:policeReference", "BROWSER/0001");
            WebElement suspects = browser.all("[id$='investigationTab'] .score input").get(1);
            suspects.clear();
            suspects.sendKeys("1");
            browser.clickVisible(Browser.byId("events:kinds:investigation"));
            browser.waitForText(Browser.byId("investigations"), "BROWSER/0001");
            assertTrue(browser.text(Browser.byId("investigations")).contains("suspects: 1"));
            String survivorId = browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");
            Api api = new Api(base);
            String token = api.token("navigator.uk", Deployments.DEMO_PASSWORD);
            Answer reported = api.post("/api/v1/investigations", token, """
                    {"programme":"UK","policeReference":"BROWSER/0001","survivorIds":[%s],
                     "outcomes":{"arrests":2,"suspects":3}}""".formatted(survivorId));
            assertEquals(200, reported.status(), reported.body());
            browser.open(browser.path());
            browser.waitForText(Browser.byId("investigations"), "arrests: 2");
            assertEquals(1, browser.all(Browser.byId("investigations") + " tbody tr").size());

            browser.type("identity:reason", "phoning her about the hearing");
            browser.click("identity:reveal");
            browser.waitForText("#legalName", "Canary Browsertest");
            assertEquals("passport GB5550017", browser.text("#identityDocument"));
            browser.screenshot("23-revealed");

            browser.open("/casework/index.xhtml");
            assertTrue(browser.text(Browser.byId("caseload:table")).contains(pseudonym) || browser.all(".survivor-link").size() > 0);
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);
        }
    }

    /** Roles are listed in Role order (ADMIN, CASEWORKER, …), programmes by code (BD, IN, RO, TH, UK). */
    private static void createUserThroughTheDialog(Browser browser) {
        browser.open("/admin/users.xhtml");
        browser.click("users:newUser");
        browser.type("userForm:username", "navigator.browser");
        browser.type("userForm:password", "a long and private passphrase");
        browser.find("label[for='userForm:roles:1']").click();
        browser.find("label[for='userForm:programmes:0']").click();
        browser.screenshot("16-new-user");
        browser.click("userForm:save");
        browser.waitForText(".ui-growl", "User created");
        browser.waitForText(Browser.byId("users:table"), "navigator.browser");
        assertTrue(browser.text(Browser.byId("users:table")).contains("CASEWORKER"));
    }

    /**
     * Without the mouse: a lawyer signs in, records today's hearing as adjourned with a reason and the next date,
     * and a navigator logs a follow-up on a survivor's file, with Tab, the arrow keys, typing and Enter only.
     */
    @Test
    void aLawyerAndANavigatorDoTheirWorkWithTheKeyboardAlone() {
        String number = "Tr. KEYS-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        long caseId = aBangladeshCaseWithAHearingToday(number, "Tribunal 2, Jessore");
        String next = java.time.LocalDate.now().plusDays(21).toString();

        try (Browser browser = new Browser(base())) {
            signInWithTheKeyboard(browser, "lawyer.bd", Deployments.DEMO_PASSWORD);
            browser.open("/courts/case.xhtml?id=" + caseId);
            browser.waitForText("#caseNumber", number);
            browser.tabTo("outcome:held");
            if (browser.focusedId().endsWith(":0")) {
                browser.press(org.openqa.selenium.Keys.ARROW_RIGHT); // from "yes" to "no": it did not go ahead
            }
            assertTrue(browser.find("input[id='outcome:held:1']").isSelected(), "adjourned chosen with the arrow key");
            browser.tabTo("outcome:reason"); // the select menu's label takes the focus
            browser.press(org.openqa.selenium.Keys.ARROW_DOWN);
            String reason = browser.text(Browser.byId("outcome:reason_label"));
            browser.tabTo("outcome:nextDate_input");
            browser.typeOverFocused(next);
            browser.tabTo("outcome:saveOutcome");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForText(".ui-growl", "Adjournment recorded");
            String hearings = browser.text(Browser.byId("hearings"));
            assertTrue(hearings.contains(reason) && hearings.contains(next), reason + " / " + next + " in " + hearings);
            browser.screenshot("45-keyboard-adjournment");
        }

        try (Browser browser = new Browser(base())) {
            signInWithTheKeyboard(browser, "navigator.uk", Deployments.DEMO_PASSWORD);
            browser.open("/casework/index.xhtml");
            browser.open(browser.linksIn(".survivor-link").get(0));
            browser.find("#pseudonym");
            browser.tabTo("followUp:note");
            browser.press("Called from the keyboard, all well");
            browser.tabTo("followUp:log");
            browser.press(org.openqa.selenium.Keys.ENTER);
            browser.waitForText(Browser.byId("timeline"), "Called from the keyboard, all well");
            browser.screenshot("46-keyboard-follow-up");
        }
    }

    /** A case of lawyer.bd's, made through the API, with a witness examination at 10:00 today. */
    private long aBangladeshCaseWithAHearingToday(String number, String court) {
        Api api = new Api(base);
        String token = api.token("lawyer.bd", Deployments.DEMO_PASSWORD);
        long caseId = api.post("/api/v1/court-cases", token, """
                {"programme":"BD","caseNumber":"%s","court":"%s","filedOn":"2024-01-15"}"""
                .formatted(number, court)).json().getJsonNumber("id").longValue();
        assertEquals(201, api.post("/api/v1/court-cases/" + caseId + "/hearings", token, "{\"scheduledAt\":\""
                + java.time.LocalDate.now() + "T10:00:00\",\"purpose\":\"WITNESS_EXAMINATION\"}").status());
        return caseId;
    }

    private static void signInWithTheKeyboard(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        browser.tabTo("login:username");
        browser.press(username);
        browser.tabTo("login:password");
        browser.press(password, org.openqa.selenium.Keys.ENTER);
        browser.waitForPath("/");
        browser.find("#shellMenu");
    }

    /** Every kind of account the demo data has; partner.in enrols its second factor on the way in. */
    private static final List<String> DEMO_ACCOUNTS = List.of("navigator.uk", "navigator.ro", "aftercare.bd",
            "lawyer.bd", "lawyer.uk", "trainer", "advocacy", "mel", "partner.in");

    /**
     * Each account's role: accounts of one role in different programmes see the same menu and the same markup with
     * other records, so the walk goes through the first account of each role.
     */
    private static final java.util.Map<String, String> ROLE_OF = java.util.Map.of("navigator.uk", "CASEWORKER",
            "navigator.ro", "CASEWORKER", "aftercare.bd", "CASEWORKER", "lawyer.bd", "LAWYER", "lawyer.uk", "LAWYER",
            "trainer", "TRAINER", "advocacy", "ADVOCACY", "mel", "MEL", "partner.in", "PARTNER", "admin", "ADMIN");

    /** The dialogs the walk has opened and checked, as "page widget", each once. */
    private static final java.util.Set<String> DIALOGS_CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The pages (paths without their query) whose phone layout and tabs the walk has checked, each once. */
    private static final java.util.Set<String> LAYOUTS_CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Serious and critical axe-core faults of the page as it is, at desktop width for every role that reaches it
     * (what a role sees differs: its records, its buttons, its menu), and on a phone and tab by tab the first time
     * the walk meets the page: the layout and the tabs are the same markup whoever signs in, and checking them once
     * per role made the walk take nine minutes.
     */
    private static List<String> accessibilityFaults(Browser browser) {
        browser.resize(1280, 900);
        List<String> found = new java.util.ArrayList<>(browser.accessibilityViolations());
        if (LAYOUTS_CHECKED.add(browser.path().split("\\?")[0])) {
            phoneAndTabFaults(browser, found);
        }
        everyDialogFaults(browser, found);
        return found;
    }

    private static void phoneAndTabFaults(Browser browser, List<String> found) {
        browser.resize(390, 844);
        found.addAll(browser.accessibilityViolations().stream().map(v -> "phone: " + v).toList());
        browser.widerThanTheWindow().forEach(w -> found.add("phone: scrolls sideways: " + w));
        browser.resize(1280, 900);
        // A tab's content is hidden until it is chosen, and axe-core skips what is hidden: each tab is opened.
        int tabs = browser.all(".ui-tabs-nav > li > a").size();
        for (int i = 1; i < tabs; i++) {
            WebElement tab = browser.all(".ui-tabs-nav > li > a").get(i);
            String name = tab.getText();
            tab.click();
            browser.waitForAjax();
            browser.accessibilityViolations().forEach(v -> found.add("tab " + name + ": " + v));
        }
    }

    private static void everyDialogFaults(Browser browser, List<String> found) {
        // Dialogs too are hidden until opened: each is opened, at both widths, the first time a role meets it on a
        // page (the walk's dialogsChecked). A figure's records are opened from the figure, as a reader does, so that
        // the dialog is checked with the list it shows.
        String page = browser.path().split("\\?")[0];
        java.util.Optional<WebElement> figure = browser.all(".figure-link").stream().filter(WebElement::isDisplayed).findFirst();
        if (figure.isPresent() && DIALOGS_CHECKED.add(page + " records")) {
            figure.get().click();
            browser.waitForDialog("recordsDialog", true);
            browser.waitForAjax();
            dialogFaults(browser, "records of a figure", found);
            browser.hideDialog("recordsDialog");
        }
        for (String dialog : browser.dialogs()) {
            if (DIALOGS_CHECKED.add(page + " " + dialog)) {
                browser.showDialog(dialog);
                dialogFaults(browser, "dialog " + dialog, found);
                browser.hideDialog(dialog);
            }
        }
    }

    /** The faults of the dialog now open, at desktop width and on a phone, where it must not scroll sideways. */
    private static void dialogFaults(Browser browser, String which, List<String> found) {
        browser.accessibilityViolations().forEach(v -> found.add(which + ": " + v));
        browser.resize(390, 844);
        browser.accessibilityViolations().forEach(v -> found.add(which + ", phone: " + v));
        browser.widerThanTheWindow().forEach(w -> found.add(which + ", phone: scrolls sideways: " + w));
        browser.resize(1280, 900);
    }

    /**
     * Each role's whole reach: the home page, the security settings, every page its menu offers, and behind each
     * of those the first record of every kind it links to (a survivor's file, a case, a session). Each is checked
     * with axe-core for serious and critical WCAG 2.2 AA violations at desktop width, once per role, and the first
     * time the walk meets it at a 390 px phone's width too, where nothing may make the page scroll sideways, and tab
     * by tab; every dialog is opened once per page.
     */
    @Test
    void everyPageEveryRoleReachesIsAccessibleOnADesktopAndOnAPhone() {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.isMySql(),
                "the pages are the same markup on either database: walked once, in the embedded pass (five and a half minutes)");
        java.util.Map<String, List<String>> faults = new java.util.TreeMap<>();
        java.util.Set<String> checked = new java.util.HashSet<>();
        java.util.Set<String> rolesWalked = new java.util.HashSet<>();
        List<String> accounts = new java.util.ArrayList<>(DEMO_ACCOUNTS);
        accounts.add("admin");
        for (String account : accounts) {
            if (!rolesWalked.add(ROLE_OF.getOrDefault(account, account))) {
                continue;
            }
            try (Browser browser = new Browser(base())) {
                signIn(browser, account, account.equals("admin") ? Deployments.ADMIN_PASSWORD : Deployments.DEMO_PASSWORD);
                if (account.startsWith("partner")) {
                    // The enrolment page is one a partner sees: checked like the rest, then the code goes in.
                    String secret = browser.text("#enrolmentSecret").replace(" ", "");
                    List<String> enrolment = accessibilityFaults(browser);
                    checked.add("/login.xhtml (second-factor enrolment)");
                    if (!enrolment.isEmpty()) {
                        faults.put(account + " enrolment", enrolment);
                    }
                    browser.type("login:code", Totp.code(secret, Totp.stepAt(Instant.now())));
                    browser.click("login:submitCode");
                }
                browser.waitForPath("/");
                browser.find("#shellMenu");
                if (account.equals(accounts.get(0))) {
                    List<String> planted = browser.accessibilityViolationsWithAPlantedFault();
                    assertTrue(planted.stream().anyMatch(v -> v.startsWith("image-alt (critical): #plantedFault")),
                            "the checker must report a picture without a text alternative: " + planted);
                }
                java.util.LinkedHashSet<String> pages = new java.util.LinkedHashSet<>(List.of("/", "/profile.xhtml"));
                pages.addAll(browser.linksIn("#shellMenu a"));
                java.util.Set<String> kinds = new java.util.HashSet<>();
                pages.forEach(p -> kinds.add(p.split("\\?")[0]));
                java.util.Set<String> menuPages = java.util.Set.copyOf(pages);
                // One visit a page: the menu's pages give the first record of each kind they link to, which joins
                // the end of the list, and every page is checked as it is opened.
                List<String> toCheck = new java.util.ArrayList<>(pages);
                for (int i = 0; i < toCheck.size(); i++) {
                    String page = toCheck.get(i);
                    browser.resize(1280, 900);
                    browser.open(page);
                    if (menuPages.contains(page)) {
                        for (String link : browser.linksIn(".shell-content a")) {
                            if (link.contains("?") && kinds.add(link.split("\\?")[0])) {
                                toCheck.add(link);
                            }
                        }
                    }
                    browser.find("h1");
                    if (page.equals("/")) {
                        browser.find("#today .work-area, #today div.hint"); // the day's work, counted after load
                    }
                    String where = account + " " + page;
                    List<String> found = accessibilityFaults(browser);
                    checked.add(page);
                    if (!found.isEmpty()) {
                        faults.put(where, found);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder();
        faults.forEach((page, found) -> report.append('\n').append(page).append(found.stream()
                .map(f -> "\n    " + f).collect(java.util.stream.Collectors.joining())));
        System.out.println("Accessibility: " + checked.size() + " distinct pages checked, dialogs opened: "
                + new java.util.TreeSet<>(DIALOGS_CHECKED) + "; with faults: " + faults.size() + report);
        // Each kind of dialog is opened somewhere in the walk, or the walk is not checking what it claims.
        for (String dialog : List.of("/casework/index.xhtml intakeDialog", "/courts/index.xhtml caseDialog",
                "/admin/users.xhtml userDialog", "/reporting/index.xhtml records")) {
            assertTrue(DIALOGS_CHECKED.contains(dialog), dialog + " was never opened: " + DIALOGS_CHECKED);
        }
        assertTrue(faults.isEmpty(), faults.size() + " pages with serious or critical accessibility faults:" + report);
    }

    @Test
    void anAdministratorOpensEveryModuleInEveryLanguageAndOnAPhone() {
        try (Browser browser = new Browser(base())) {
            signIn(browser, "admin", Deployments.ADMIN_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.screenshot("10-home-admin");
            for (String page : MODULE_PAGES) {
                browser.open(page);
                String module = page.split("/")[1];
                assertEquals(module, browser.find("#moduleTitle").getDomAttribute("data-module"));
                browser.screenshot("11-" + module);
            }
            for (String page : ADMIN_PAGES) {
                browser.open(page);
                assertFalse(browser.text("h1").isBlank(), page);
                if (page.contains("audit")) {
                    assertTrue(browser.all("tr[data-ri]").size() >= 10, "the audit trail lists entries");
                }
                browser.screenshot("12" + page.replace('/', '-').replace(".xhtml", ""));
            }

            createUserThroughTheDialog(browser);

            browser.open("/");
            browser.switchLanguage("bn");
            browser.waitForText("#shellMenu", "হোম");
            assertTrue(browser.text("#shellMenu").contains("কেসওয়ার্ক"), "module labels follow the language");
            assertEquals("bn", browser.find("html").getDomAttribute("lang"), "the page says which language it is in");
            assertTrue(browser.usesWebFont("Noto Sans Bengali"), "Bengali is drawn with the bundled font, not the machine's");
            browser.screenshot("13-home-bengali");
            browser.switchLanguage("ro");
            browser.waitForText("#shellMenu", "Acasă");
            browser.screenshot("14-home-romanian");
            browser.switchLanguage("en");
            browser.waitForText("#shellMenu", "Home");

            browser.resize(390, 844);
            browser.open("/");
            assertFalse(browser.find(".menu-toggle").getDomAttribute("aria-controls").isBlank());
            assertFalse(browser.all("#shellMenu").get(0).isDisplayed(), "the menu folds away on a phone");
            browser.click("menuToggle");
            browser.find("#shellMenu");
            browser.screenshot("15-phone-menu");
            browser.click("menuToggle");
            signOut(browser);
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
        }
    }

    @Test
    void aPartnersSpreadsheetIsPreviewedThenImportedWithProgress() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("target", "htcds-browser.xlsx");
        List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(java.util.Map.of("prs_FirstName", "Browser" + i, "prs_SecondName", "Import", "prs_Gender", "Feminine",
                    "prs_Birthdate", "1990-01-0" + (1 + i % 9), "vic_TypeOfExploitation", "Forced labour",
                    "con_Consent", "Yes", "cas_Status", "Active"));
        }
        rows.add(java.util.Map.of("prs_FirstName", "Broken", "prs_Gender", "Robot"));
        java.nio.file.Files.write(file, HtcdsFiles.filled(rows));
        try (Browser browser = new Browser(base())) {
            signIn(browser, "aftercare.bd", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/casework/htcds.xhtml");
            browser.screenshot("29-htcds");
            browser.upload("input[type='file']", file);
            browser.waitForText(Browser.byId("htcds:preview"), "create 150 survivors");
            assertTrue(browser.text(Browser.byId("htcds:rejected")).contains("Gender"), "the bad line and its reason");
            browser.screenshot("30-htcds-preview");
            browser.click("htcds:confirm");
            browser.waitForText("#importSummary", "150 created");
            assertTrue(browser.text("#importSummary").contains("1 rejected"));
            browser.screenshot("31-htcds-imported");

            browser.upload("input[type='file']", file);
            browser.waitForText(Browser.byId("htcds:preview"), "update 150");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);
        }
    }

    @Test
    void aLawyerRecordsAnAdjournedHearingFromTheCasePageAndSeesTheNextOneOnTheCalendar() {
        String number = "Tr. BROWSER-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        long caseId = aBangladeshCaseWithAHearingToday(number, "Tribunal 1, Jessore");
        java.time.LocalDate next = java.time.LocalDate.now().plusDays(14);

        try (Browser browser = new Browser(base())) {
            signIn(browser, "lawyer.bd", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/courts/index.xhtml");
            browser.waitForText(Browser.byId("cases:table"), "Tr.");
            browser.screenshot("40-my-cases");
            browser.resize(390, 844);
            browser.open("/courts/case.xhtml?id=" + caseId);
            browser.waitForText("#caseNumber", number);
            // At court the next date is typed; the calendar opens only from its button, never over "Save".
            browser.type("outcome:nextDate_input", next.toString());
            browser.screenshot("41-hearing-outcome-phone");
            browser.clickVisible(Browser.byId("outcome:saveOutcome"));
            browser.waitForText(".ui-growl", "Adjournment recorded");
            assertTrue(browser.text(Browser.byId("hearings")).contains("Witness absent"));
            browser.resize(1280, 900);

            browser.open("/courts/calendar.xhtml?date=" + next);
            browser.waitForText(".fc", number);
            browser.screenshot("42-calendar");

            // The witness work queue: a call that went unanswered is recorded with one click.
            browser.open("/witness/index.xhtml");
            browser.waitForText(Browser.byId("queue:tasks"), "Call: tell and confirm");
            browser.waitForText(Browser.byId("queue:atRisk"), "not confirmed two days before");
            browser.clickVisible(".show-contact");
            browser.waitForText(".contact", "Demo");
            assertTrue(browser.text(".contact").matches("(?s).*(\\+880|@).*"), "a number to call or an address to write to");
            int open = browser.all(".call-no-answer").size();
            browser.clickVisible(".call-no-answer");
            browser.waitForText(".ui-growl", "Recorded.");
            assertTrue(browser.all(".call-no-answer").size() >= open - 1, "the retry for tomorrow is not due today");
            browser.screenshot("43-witness-work-queue");

            // Tomorrow's escorts: the planner's proposals (a woman for the witness who asked for one), accepted at once.
            browser.open("/witness/escorts.xhtml");
            browser.waitForText(Browser.byId("escorts:plan"), "Proposed");
            browser.clickVisible(Browser.byId("escorts:acceptAll"));
            browser.waitForText(Browser.byId("escorts:plan"), "✓");
            browser.screenshot("44-escorts");

            // A witness's safe-contact rule, opened from the work queue, then shown on the witness's calls.
            browser.open("/witness/index.xhtml");
            browser.clickVisible("#queue\\:tasks a[href*='witness.xhtml']");
            browser.waitForText("#witnessTitle", "Witness safety");
            browser.type("rule:safeFrom_input", "10");
            browser.type("rule:safeTo_input", "16");
            browser.type("rule:whoMayCall", "Only Shirin");
            browser.clickVisible(Browser.byId("rule:saveRule"));
            browser.waitForText(".ui-growl", "Contact rule saved.");
            browser.screenshot("45-witness-safety");
            browser.open("/witness/index.xhtml");
            browser.waitForText(Browser.byId("queue:tasks"), "10:00–16:00 · Only Shirin");

            // The programme's figures, with the attendance rate month by month.
            browser.open("/witness/figures.xhtml");
            browser.waitForText("#attendanceRate", "%");
            assertEquals(1, browser.all("canvas").size(), "the month chart is drawn");
            browser.screenshot("46-witness-figures");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);
        }
    }

    @Test
    void aTrainerRecordsASessionFromAPastedSignInList() {
        try (Browser browser = new Browser(base())) {
            signIn(browser, "trainer", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/training/index.xhtml");
            browser.waitForText("#moduleTitle", "Training sessions");
            browser.choose("newSession:course", "Identifying and responding to victims of trafficking");
            browser.type("newSession:location", "Jessore Police Lines");
            browser.closePopups();
            browser.clickVisible(Browser.byId("newSession:create"));
            browser.waitForText("#sessionTitle", "Identifying and responding to victims of trafficking");

            // Lines pasted from the sign-in sheet: names, one with its own organisation and e-mail, a blank line.
            browser.type("paste:organisation", "Jessore District Police");
            browser.type("paste:names", "Md. Karim Uddin\nNasreen Akter, Khulna Metropolitan Police, n.akter@police.example.bd\n\nRafiqul Islam");
            browser.clickVisible(Browser.byId("paste:add"));
            browser.waitForText(".ui-growl", "3 added.");
            browser.waitForText("#attendeeCount", "3");
            String list = browser.text(Browser.byId("attendees:list"));
            assertTrue(list.contains("Nasreen Akter") && list.contains("Khulna Metropolitan Police"), list);
            browser.screenshot("50-training-session");

            // The same sheet pasted again adds nobody twice.
            browser.type("paste:names", "Rafiqul Islam");
            browser.clickVisible(Browser.byId("paste:add"));
            browser.waitForText(".ui-growl", "already attends this session");
            assertEquals("3", browser.text("#attendeeCount"));
            browser.resize(390, 844);
            browser.screenshot("51-training-session-phone");
            browser.resize(1280, 900);

            // Certificates for the three who completed; anyone can check one's code without signing in.
            browser.clickVisible(Browser.byId("certificates:issue"));
            browser.waitForText(".ui-growl", "Certificates issued.");
            assertEquals(3, browser.all(".certificate-pdf").size());
            String code = browser.text("#certificates\\:list tbody tr:first-child code");
            browser.screenshot("52-training-certificates");
            browser.open("/training/calendar.xhtml?date=" + java.time.LocalDate.now());
            browser.waitForText(".fc", "Identifying and responding to victims of trafficking");
            browser.screenshot("54-training-calendar");
            browser.open("/training/figures.xhtml");
            browser.waitForText("#trained", "960");
            browser.screenshot("55-training-figures");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);

            browser.open("/public/certificate.xhtml?code=" + code);
            browser.waitForText("#status", "Valid certificate");
            assertTrue(browser.text("#holder").length() > 3);
            browser.screenshot("53-public-certificate-check");
        }
    }

    @Test
    void anAdvocateLogsAnEngagementAndTheOverdueFollowUpWaitsOnTheHomePage() throws java.io.IOException {
        String action = "Send the minister our recovery figures " + java.util.UUID.randomUUID().toString().substring(0, 4);
        try (Browser browser = new Browser(base())) {
            signIn(browser, "advocacy", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/advocacy/index.xhtml");
            browser.waitForText("#moduleTitle", "Advocacy");
            browser.type("log:date_input", java.time.LocalDate.now().minusDays(3).toString());
            browser.type("log:summary", "Briefed the minister's adviser on survivors' support.");
            browser.type("log:followUp", action);
            browser.type("log:followUpDue_input", java.time.LocalDate.now().minusDays(1).toString());
            browser.closePopups();
            browser.clickVisible(Browser.byId("log:save"));
            browser.waitForText(".ui-growl", "Engagement logged.");
            browser.waitForText(Browser.byId("recent:engagements"), "Briefed the minister's adviser");
            assertTrue(browser.text(Browser.byId("recent:engagements")).contains("Baroness Demo"),
                    "the demo's engagements name who was met");
            browser.screenshot("60-advocacy-log");

            browser.open("/");
            browser.waitForText("[data-work='advocacy.followUpsDue']", "follow-ups");
            browser.screenshot("61-home-overdue-follow-up");
            browser.clickVisible("[data-work='advocacy.followUpsDue'] a");
            browser.waitForText(Browser.byId("overdue"), action);

            // Search by the start of a word, open the campaign, move a stakeholder on its map, attach evidence.
            browser.open("/advocacy/index.xhtml");
            browser.type("search:q", "jhenaid");
            browser.clickVisible(Browser.byId("search:go"));
            browser.waitForText(Browser.byId("search:hits"), "Presented the backlog analysis");
            browser.clickVisible(Browser.byId("search:hits") + " li[data-kind='CAMPAIGN'] a");
            browser.waitForText("#campaignTitle", "A mobile court for Jhenaidah");
            browser.waitForText(".quadrant-champion", "District and Sessions Judge, Jhenaidah");
            browser.waitForText(".quadrant-persuade", "Ministry of Law, Justice and Parliamentary Affairs");
            browser.waitForText(".timeline", "Presented the backlog analysis");
            browser.choose("map:who", "Ministry of Law, Justice and Parliamentary Affairs");
            browser.clickVisible("label[for='map:stance:4']");
            browser.clickVisible(Browser.byId("map:place"));
            browser.waitForText(".ui-growl", "Placed on the map.");
            browser.waitForText(".quadrant-champion", "Ministry of Law, Justice and Parliamentary Affairs");
            java.nio.file.Path notice = java.nio.file.Files.createTempFile("gazette-notice", ".txt");
            java.nio.file.Files.writeString(notice, "Gazette notice: the mobile court sits in Jhenaidah.\n");
            browser.upload(Browser.byId("outcomes:evidenceFile") + " input[type='file']", notice);
            browser.waitForText(Browser.byId("outcomes"), notice.getFileName().toString());
            browser.screenshot("62-advocacy-campaign-map-and-timeline");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);
        }
    }

    /** What each demo role's home page offers, by item key, in the order the page shows them. */
    private static final java.util.Map<String, List<String>> DAY_OF = java.util.Map.of(
            "navigator.uk", List.of("casework.overdueFollowUps", "casework.noPoliceContact"),
            "lawyer.bd", List.of("courts.hearingsThisWeek", "courts.outcomesMissing", "courts.clockRunningOut",
                    "courts.ordersOverdue", "courts.dataQuality", "witness.callsDue", "witness.hearingsAtRisk"),
            "trainer", List.of("training.sessionsThisMonth", "training.scoresMissing", "training.certificatesToIssue",
                    "training.certificatesExpiring"),
            "advocacy", List.of("advocacy.followUpsDue", "advocacy.quietCampaigns"),
            "mel", List.of("courts.dataQuality", "reporting.currentReport"));

    /**
     * Where each counted item's records are listed, and how many a page holds: the destination must list exactly
     * what the home page counted (a full first page when there are more).
     */
    private static final java.util.Map<String, java.util.Map.Entry<String, Integer>> LISTED_AS = java.util.Map.ofEntries(
            java.util.Map.entry("casework.overdueFollowUps", java.util.Map.entry(".survivor-link", 25)),
            java.util.Map.entry("casework.noPoliceContact", java.util.Map.entry(".survivor-link", 25)),
            java.util.Map.entry("courts.outcomesMissing", java.util.Map.entry(".case-link", 25)),
            java.util.Map.entry("courts.clockRunningOut", java.util.Map.entry(".case-link", 25)),
            java.util.Map.entry("courts.ordersOverdue", java.util.Map.entry(".case-link", 25)),
            java.util.Map.entry("courts.dataQuality", java.util.Map.entry(".case-link", 25)),
            java.util.Map.entry("witness.hearingsAtRisk", java.util.Map.entry("[id$='atRisk_data'] tr[data-ri]", 1000)),
            java.util.Map.entry("training.sessionsThisMonth", java.util.Map.entry("[id$='sessions_data'] tr[data-ri]", 20)),
            java.util.Map.entry("training.scoresMissing", java.util.Map.entry("[id$='sessions_data'] tr[data-ri]", 20)),
            java.util.Map.entry("training.certificatesToIssue", java.util.Map.entry("[id$='sessions_data'] tr[data-ri]", 20)),
            java.util.Map.entry("training.certificatesExpiring", java.util.Map.entry("[id$='expiring_data'] tr[data-ri]", 10)),
            java.util.Map.entry("advocacy.followUpsDue", java.util.Map.entry("#overdue .overdue-line", 1000)),
            java.util.Map.entry("advocacy.quietCampaigns", java.util.Map.entry(".campaign-link", 1000)));

    /** Items counting attendees whose destination lists their sessions (where the scores and certificates are done). */
    private static final java.util.Set<String> BY_SESSION = java.util.Set.of("training.scoresMissing",
            "training.certificatesToIssue");

    /** The home page's items once its deferred panel has counted them: key to figure and link. */
    private static java.util.Map<String, String[]> todaysWork(Browser browser) {
        browser.open("/");
        browser.find("#today .work-area, #today div.hint");
        java.util.Map<String, String[]> items = new java.util.LinkedHashMap<>();
        for (WebElement item : browser.all("#today .work-item")) {
            WebElement link = item.findElement(org.openqa.selenium.By.cssSelector("a.work-link"));
            items.put(item.getAttribute("data-work"), new String[] {
                    link.findElement(org.openqa.selenium.By.cssSelector(".work-figure")).getText(),
                    link.getAttribute("href").replaceFirst("^https?://[^/]+", ""), item.getAttribute("class")});
        }
        return items;
    }

    private static long counted(String[] item) {
        return Long.parseLong(item[0].replaceAll("[^0-9]", ""));
    }

    /**
     * Each role opens Liberta on its day's work: the items its role has, counted in its scope, each linking to the
     * page that lists exactly those records, narrowed and saying so. A lawyer's case with a hearing that passed
     * without an outcome shows up in the count and the list, and leaves both when the outcome is recorded, while
     * the UK lawyer's day does not see it. The home page and every destination pass axe-core.
     */
    @Test
    void everyRoleOpensLibertaOnTheirDaysWorkAndEachItemListsThoseRecords() {
        List<String> faults = new java.util.ArrayList<>();
        for (var role : new java.util.TreeMap<>(DAY_OF).entrySet()) {
            try (Browser browser = new Browser(base())) {
                signIn(browser, role.getKey(), Deployments.DEMO_PASSWORD);
                browser.waitForText("h1", "Welcome");
                java.util.Map<String, String[]> day = todaysWork(browser);
                assertEquals(role.getValue(), List.copyOf(day.keySet()), role.getKey() + "'s day");
                faults.addAll(browser.accessibilityViolations().stream().map(v -> role.getKey() + " /: " + v).toList());
                browser.screenshot("05-home-" + role.getKey());
                for (var item : day.entrySet()) {
                    String where = role.getKey() + " " + item.getKey();
                    browser.open(item.getValue()[1]);
                    browser.find("h1");
                    var listed = LISTED_AS.get(item.getKey());
                    if (listed != null) {
                        long figure = counted(item.getValue());
                        assertEquals(item.getValue()[2].contains("clear"), figure == 0, where + " is quiet only at 0");
                        int rows = browser.all(listed.getKey()).size();
                        if (BY_SESSION.contains(item.getKey())) {
                            assertTrue(figure == 0 ? rows == 0 : rows >= 1 && rows <= figure,
                                    where + ": " + rows + " sessions hold the " + figure + " attendees counted");
                        } else {
                            assertEquals(Math.min(figure, listed.getValue()), rows,
                                    where + ": " + item.getValue()[1] + " lists what the home page counted");
                        }
                    }
                    if (item.getValue()[1].matches(".*[?&](needs|quiet|month)=.*")) {
                        browser.find(".narrowed .narrowed-clear");
                    }
                    faults.addAll(browser.accessibilityViolations().stream().map(v -> where + ": " + v).toList());
                }
            }
        }
        assertEquals(List.of(), faults, "the home page and where it leads are accessible");

        String number = "Home-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        Api api = new Api(base);
        String token = api.token("lawyer.bd", Deployments.DEMO_PASSWORD);
        long caseId = api.post("/api/v1/court-cases", token, """
                {"programme":"BD","caseNumber":"%s","court":"Tribunal 2, Khulna","filedOn":"2024-02-01"}"""
                .formatted(number)).json().getJsonNumber("id").longValue();
        long before;
        try (Browser browser = new Browser(base())) {
            signIn(browser, "lawyer.uk", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            long ukBefore = counted(todaysWork(browser).get("courts.outcomesMissing"));
            signOut(browser);
            signIn(browser, "lawyer.bd", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            before = counted(todaysWork(browser).get("courts.outcomesMissing"));
            long hearing = api.post("/api/v1/court-cases/" + caseId + "/hearings", token, "{\"scheduledAt\":\""
                    + java.time.LocalDate.now().minusDays(2) + "T10:30:00+06:00\",\"purpose\":\"MENTION\"}")
                    .json().getJsonNumber("id").longValue();
            java.util.Map<String, String[]> day = todaysWork(browser);
            assertEquals(before + 1, counted(day.get("courts.outcomesMissing")), "the passed hearing is counted");
            assertTrue(day.get("courts.outcomesMissing")[2].contains("overdue"), "and shown as overdue");
            browser.clickVisible("[data-work='courts.outcomesMissing'] a");
            browser.waitForText("#cases\\:narrowed", "outcome");
            browser.screenshot("06-outcomes-missing");
            if (before < 25) {
                browser.waitForText(Browser.byId("cases:table"), number);
            }
            assertEquals(200, api.put("/api/v1/hearings/" + hearing + "/outcome", token, "{\"held\":true}").status());
            assertEquals(before, counted(todaysWork(browser).get("courts.outcomesMissing")), "recorded: off the list");
            signOut(browser);
            signIn(browser, "lawyer.uk", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            assertEquals(ukBefore, counted(todaysWork(browser).get("courts.outcomesMissing")),
                    "another programme's case is not in the UK lawyer's day");
        }
    }

    @Test
    void anMelOfficerReadsThe2021HeadlineTableAndItsChangesAndChartsOneIndicator() {
        try (Browser browser = new Browser(base())) {
            signIn(browser, "mel", Deployments.DEMO_PASSWORD);
            browser.waitForText("h1", "Welcome");
            browser.open("/reporting/index.xhtml");
            browser.waitForText("#moduleTitle", "Reports");
            browser.waitForText("#reportTitle", "Headline report");
            showMarchToAugust2021(browser, "report");
            browser.waitForText("#reportTitle", "2021-03-01 – 2021-08-31");
            browser.waitForText("tr[data-code='SURVIVORS_CARED_FOR'] td.direct", "473");
            assertEquals("↑ 146%", browser.text("tr[data-code='SURVIVORS_CARED_FOR'] td.change"));
            assertEquals("↓ 96%", browser.text("tr[data-code='PREVENTION_REACHED'] td.change"));
            assertEquals("307", browser.text("tr[data-code='SURVIVORS_CARED_FOR'] td[data-programme='BD']"));
            // Drill down from the figure to the records behind it.
            browser.clickVisible("tr[data-code='SURVIVORS_CARED_FOR'] td[data-programme='BD'] a");
            browser.waitForText("#recordsSummary", "307");
            assertTrue(browser.text(Browser.byId("records:list")).contains("BD-"), "case references, never names");
            browser.screenshot("71-headline-report-records-behind-a-figure");
            browser.find(".ui-dialog-titlebar-close").click();
            browser.clickVisible(Browser.byId("report:deepDive"));
            browser.waitForText("#deepDiveSummary", "146");
            assertFalse(browser.text("tr[data-outcome='arrests']").isBlank());
            // A target for the period shown, and the progress towards it in the table.
            browser.choose("targets:targetIndicator", "Survivors cared for");
            browser.type("targets:targetValue_input", "500");
            browser.clickVisible(Browser.byId("targets:setTarget"));
            browser.waitForText(".ui-growl", "Target set.");
            browser.waitForText("tr[data-code='SURVIVORS_CARED_FOR'] td.target", "500 (95%)");
            // Publish the table as shown; read it back against the records as they are now.
            String title = "Impact report March–August 2021 " + java.util.UUID.randomUUID().toString().substring(0, 4);
            browser.type("publish:publishTitle", title);
            browser.clickVisible(Browser.byId("publish:publishReport"));
            browser.waitForText(".ui-growl", "Report published.");
            browser.waitForText(Browser.byId("publish:snapshots"), title);
            browser.clickVisible(Browser.byId("publish:snapshots") + " tbody tr:first-child button");
            browser.waitForText(Browser.byId("publish:opened"), title);
            browser.find("#report\\:chart");
            browser.resize(390, 844);
            browser.screenshot("70-headline-report-on-a-phone");
            assertEquals(List.of(), browser.widerThanTheWindow(), "the report's forms fit a phone; only its table scrolls");
            // The dashboard: the same period's charts, one indicator followed month by month.
            browser.resize(1280, 900);
            browser.open("/reporting/dashboard.xhtml");
            browser.waitForText("#dashboardTitle", "Dashboard");
            showMarchToAugust2021(browser, "dashboard");
            browser.waitForAjax();
            browser.waitForText("#dashboard\\:policeLadder h2", "Police engagement ladder");
            for (String chart : List.of("overTimeChart", "policeLadderChart", "recoveryChart", "backlogChart",
                    "witnessChart", "trainingChart")) {
                assertFalse(browser.all("#dashboard\\:" + chart + " canvas").isEmpty(), chart + " is drawn");
            }
            browser.choose("dashboard:indicator", "Follow-ups provided");
            browser.waitForAjax();
            assertTrue(browser.text(Browser.byId("dashboard:indicator")).contains("Follow-ups provided"));
            browser.resize(390, 844);
            browser.screenshot("72-dashboard-on-a-phone");
            assertEquals(List.of(), browser.widerThanTheWindow(), "the dashboard fits a phone");
            List<String> violations = browser.policyViolations();
            assertTrue(violations.isEmpty(), violations.toString());
            signOut(browser);
        }
    }

    /** Chooses "any dates" on a reporting page's form, types March–August 2021 and shows it. */
    private static void showMarchToAugust2021(Browser browser, String form) {
        browser.choose(form + ":preset", "Any dates");
        browser.waitForAjax();
        browser.type(form + ":from_input", "2021-03-01");
        browser.type(form + ":to_input", "2021-08-31");
        browser.closePopups();
        browser.clickVisible(Browser.byId(form + ":show"));
    }
}
