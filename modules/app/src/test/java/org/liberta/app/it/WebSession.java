package org.liberta.app.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a screen: signs in through the sign-in page's form and keeps its cookies, as a browser does. */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final CookieManager jar = new CookieManager();
    private final HttpClient client;
    private HttpResponse<String> signInAnswer;

    private WebSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(jar).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser that has not signed in. */
    static WebSession anonymous(URL base) {
        return new WebSession(base);
    }

    /** Signs in with the form; the answer must be the redirect into Liberta. */
    static WebSession signIn(URL base, String username, String password) throws Exception {
        WebSession session = new WebSession(base);
        String form = "login=login&login%3Ausername=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&login%3Apassword=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&login%3AsignIn=&jakarta.faces.ViewState="
                + URLEncoder.encode(session.signInFormViewState(), StandardCharsets.UTF_8);
        session.signInAnswer = session.client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (session.signInAnswer.statusCode() != 302) {
            throw new AssertionError("sign-in answered " + session.signInAnswer.statusCode());
        }
        return session;
    }

    /** Opens the sign-in page in this session and answers the form's view state. */
    String signInFormViewState() throws Exception {
        Matcher viewState = VIEW_STATE.matcher(get("/login.xhtml").body());
        if (!viewState.find()) {
            throw new AssertionError("no sign-in form");
        }
        return viewState.group(1);
    }

    /** The {@code Set-Cookie} headers the sign-in was answered with. */
    List<String> signInCookies() {
        return signInAnswer.headers().allValues("Set-Cookie");
    }

    RawHttp.Reply get(String path) throws Exception {
        return reply(client.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form, as a page's button would. */
    RawHttp.Reply postForm(String path, String form) throws Exception {
        return reply(client.send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static RawHttp.Reply reply(HttpResponse<String> answer) {
        List<String> headers = new ArrayList<>();
        answer.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(name + ": " + v)));
        return new RawHttp.Reply(answer.statusCode(), headers, answer.body());
    }

    /** The value this browser holds for a cookie, or null. */
    String cookie(String name) {
        return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElse(null);
    }
}
