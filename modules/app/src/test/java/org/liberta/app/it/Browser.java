package org.liberta.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian (never a downloaded browser), driven through its chromedriver, with helpers for
 * the PrimeFaces pages and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("liberta.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("liberta.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String cssSelector) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    void type(String id, String text) {
        WebElement input = find(byId(id));
        input.clear();
        // A date picker puts its value back after clear(): select what is there, and type over it.
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
    }

    void click(String id) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(byId(id)))).click();
    }

    /**
     * Clicks an element after scrolling it into view (tall dialogs scroll inside the window). A pop-up still
     * open over it (a date picker's calendar) is closed the way a person would, by clicking the page's heading.
     */
    void clickVisible(String cssSelector) {
        WebElement element = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            driver.findElement(By.cssSelector("h1")).click();
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
        }
    }

    /**
     * Chooses an item of a PrimeFaces select menu the way a person does (open it, click the item) and waits until the
     * menu shows it; a click that lands while the panel is still opening is tried again.
     */
    void choose(String menuId, String itemLabel) {
        String item = byId(menuId + "_items") + " li[data-label=\"" + itemLabel + "\"]";
        for (int attempt = 1; ; attempt++) {
            clickVisible(byId(menuId));
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(item)));
            try {
                // The panel may still be sliding open (or re-rendered by Ajax): then it is simply tried again.
                WebElement option = driver.findElement(By.cssSelector(item));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'nearest'})", option);
                option.click();
            } catch (org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
                closePopups();
                continue;
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions
                        .textToBePresentInElementLocated(By.cssSelector(byId(menuId + "_label")), itemLabel));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    /**
     * Closes whatever pop-up a person would close before pressing a button (a date picker's calendar, a menu's
     * panel) by clicking the page's heading, and waits until none is showing.
     */
    void closePopups() {
        WebElement heading = driver.findElement(By.cssSelector("h1"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                heading);
        heading.click();
        waitFor().until(d -> d.findElements(By.cssSelector(".ui-datepicker, .ui-selectonemenu-panel,"
                + " .ui-selectcheckboxmenu-panel, .ui-connected-overlay-enter-active, .ui-connected-overlay-exit-active"))
                .stream().noneMatch(WebElement::isDisplayed));
    }

    /** Chooses a file in a file input (PrimeFaces hides the input behind its button, so no visibility wait). */
    void upload(String cssSelector, Path file) {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until PrimeFaces has no Ajax request queued or running (a menu that updates its form, say). */
    void waitForAjax() {
        waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    void waitForText(String cssSelector, String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
    }

    void waitForPath(String path) {
        waitFor().until(d -> path().startsWith(path));
    }

    /** Switches the interface language with the shell's language links. */
    void switchLanguage(String code) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[data-lang='" + code + "']"))).click();
    }

    String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What makes the page wider than the window, e.g. {@code ["DIV#report:preset.ui-selectonemenu right 575"]}, or
     * nothing when it fits: on a phone nobody should have to scroll sideways to reach a field. Lists the innermost
     * elements that stick out, leaving out what scrolls inside its own box (a wide table in a scrolling frame).
     * Measured after the layout settles from a resize, for up to five seconds.
     */
    List<String> widerThanTheWindow() {
        // Charts redraw at their new size a moment after the window changes (a ResizeObserver): give them that.
        List<List<String>> last = new ArrayList<>(List.of(List.of()));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(250)).until(d -> {
                last.set(0, sticksOut());
                return last.get(0).isEmpty();
            });
        } catch (org.openqa.selenium.TimeoutException stillWider) {
            // The culprits of the last look are the answer.
        }
        return last.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<String> sticksOut() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                requestAnimationFrame(() => requestAnimationFrame(() => {
                  const w = document.documentElement.clientWidth;
                  const sticksOut = e => e.getBoundingClientRect().right > w + 1 && e.getBoundingClientRect().width > 0;
                  const scrollsInside = e => {
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
                    }
                    return false;
                  };
                  const culprits = [...document.querySelectorAll('body *')]
                    .filter(e => sticksOut(e) && !scrollsInside(e) && getComputedStyle(e).position !== 'fixed'
                      && ![...e.children].some(sticksOut))
                    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                      ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                      + ' right ' + Math.round(e.getBoundingClientRect().right));
                  const wider = document.documentElement.scrollWidth - w;
                  done(wider <= 0 ? [] : culprits.length ? culprits.slice(0, 8) : ['the page, by ' + wider + ' px']);
                }));
                """);
    }

    /**
     * axe-core itself, as the axe-core Selenium library ships it. It is run here directly rather than through that
     * library's AxeBuilder, which sends the half-megabyte script again for every check and runs it in parts it
     * gathers and reassembles through the driver: about a second a check, ten times what axe takes in the page. The
     * accessibility walk makes some two thousand checks.
     */
    private static final String AXE_SOURCE;

    static {
        try (java.io.InputStream axe = com.deque.html.axecore.selenium.AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            AXE_SOURCE = new String(java.util.Objects.requireNonNull(axe, "axe.min.js").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serious and critical WCAG 2.2 AA violations axe-core finds in the page as it is now, one line each:
     * rule, impact, the first elements at fault and what axe measured on the first, e.g.
     * {@code "label (critical): #form\:name, #form\:age — Fix any of the following: …"}. axe is loaded into the
     * page once (a new page needs it again) and asked for the WCAG 2.2 A and AA rules (its tags; best-practice rules
     * are not part of the bar), reporting violations only.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE_SOURCE);
        }
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
                  resultTypes: ['violations']
                }).then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): '
                        + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', ')
                        + (v.nodes.length > 4 ? ' and ' + (v.nodes.length - 4) + ' more' : '')
                        + ' — ' + String(v.nodes[0].failureSummary).replace(/\\s+/g, ' '))),
                  error => done(['axe-core could not check the page: ' + error]));
                """);
        return found instanceof List<?> list ? (List<String>) list : List.of("axe-core answered " + found);
    }

    /**
     * Proves the checker can fail, on the page as it is: a picture without a text alternative put into it must be
     * reported as axe-core's image-alt violation, naming it. The picture is taken out again.
     */
    List<String> accessibilityViolationsWithAPlantedFault() {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("document.body.insertAdjacentHTML('beforeend', '<img id=\"plantedFault\" src=\"data:,\">')");
        try {
            return accessibilityViolations();
        } finally {
            js.executeScript("document.getElementById('plantedFault').remove()");
        }
    }

    /**
     * The widget names of the page's dialogs (PrimeFaces Dialog and ConfirmDialog). PrimeFaces keeps a dialog
     * display:none until it is opened, and axe-core skips what is hidden, so each must be opened to be checked.
     */
    @SuppressWarnings("unchecked")
    List<String> dialogs() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                if (!window.PrimeFaces || !PrimeFaces.widgets) return [];
                return Object.keys(PrimeFaces.widgets).filter(name => {
                  const w = PrimeFaces.widgets[name];
                  return w && (w instanceof PrimeFaces.widget.Dialog
                      || (PrimeFaces.widget.ConfirmDialog && w instanceof PrimeFaces.widget.ConfirmDialog));
                });""");
    }

    /** Opens the dialog {@code widgetVar} as its button would, and waits until it is shown and settled. */
    void showDialog(String widgetVar) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("PrimeFaces.widgets[arguments[0]].show()", widgetVar);
        waitForDialog(widgetVar, true);
    }

    /** Closes the dialog {@code widgetVar} as its close button would, and waits until it has gone. */
    void hideDialog(String widgetVar) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("PrimeFaces.widgets[arguments[0]].hide()", widgetVar);
        waitForDialog(widgetVar, false);
    }

    /** Waits for the dialog to be shown (or hidden), its opening effect over. */
    void waitForDialog(String widgetVar, boolean shown) {
        waitFor().until(d -> Boolean.valueOf(shown).equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const j = PrimeFaces.widgets[arguments[0]].jq; return j.is(':visible') && !j.is(':animated')"
                        + " && j.css('opacity') === '1';", widgetVar)));
    }

    /**
     * Presses Tab, as a keyboard user does, until the element {@code id} (or a part of it, {@code id:…}, such as one
     * radio button of a group) has the focus; fails, naming where the focus went, if 80 presses do not get there.
     */
    void tabTo(String id) {
        List<String> path = new ArrayList<>();
        for (int presses = 0; presses < 80; presses++) {
            press(org.openqa.selenium.Keys.TAB);
            String focused = focusedId();
            path.add(focused);
            if (focused.equals(id) || focused.startsWith(id + ":") || focused.startsWith(id + "_")) {
                return;
            }
        }
        throw new AssertionError("the Tab key never reached " + id + "; it went " + path);
    }

    /** The id of the element that has the focus (empty when it has none). */
    String focusedId() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Selects what the focused field holds (Ctrl+A) and types over it. */
    void typeOverFocused(String text) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(org.openqa.selenium.Keys.CONTROL).sendKeys("a")
                .keyUp(org.openqa.selenium.Keys.CONTROL).sendKeys(text).perform();
    }

    /** Keys pressed on whatever has the focus, no mouse involved. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Whether the page has loaded the web font {@code family} and drawn text with it (fonts load when used). */
    boolean usesWebFont(String family) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done([...document.fonts].some(f =>
                    f.family.replace(/["']/g, '') === arguments[0] && f.status === 'loaded')));
                """, family));
    }

    /** The addresses the page's links lead to, within Liberta, each once, in page order. */
    @SuppressWarnings("unchecked")
    List<String> linksIn(String cssSelector) {
        return ((List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...new Set([...document.querySelectorAll(arguments[0])].map(a => a.getAttribute('href'))"
                        + ".filter(h => h && h.startsWith('/') && h.includes('.xhtml')))];", cssSelector));
    }

    /** Console messages about blocked content: the Content-Security-Policy must not break the pages. */
    List<String> policyViolations() {
        return console().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    }

    /** Resources the pages asked for and did not get (a 404 for an icon, a script that is not there). */
    List<String> failedLoads() {
        return console().stream().filter(m -> m.contains("Failed to load resource")).toList();
    }

    /** Everything the browser's console said so far (reading the driver's log empties it, so it is kept here). */
    private List<String> console() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).forEach(consoleSoFar::add);
        return consoleSoFar;
    }

    private final List<String> consoleSoFar = new ArrayList<>();

    String pageSource() {
        return driver.getPageSource();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** JSF ids contain colons, which CSS selectors must escape. */
    static String byId(String id) {
        return "#" + id.replace(":", "\\:");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
