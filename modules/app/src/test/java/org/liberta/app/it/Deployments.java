package org.liberta.app.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real packaged WAR, deployed at the root context exactly as scripts/run deploys it. */
final class Deployments {

    static final String ADMIN_PASSWORD = System.getenv("LIBERTA_ADMIN_PASSWORD");
    static final String DEMO_PASSWORD = "liberta-demo-2026";

    private Deployments() {
    }

    /**
     * Waits until {@code /health} is UP: the demo data loads in the background after deployment, and every test
     * relies on it. Quick once it is in.
     */
    static void awaitReady(java.net.URL base) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI health = java.net.URI.create(base.toString().replaceAll("/$", "") + "/health");
        long deadline = System.currentTimeMillis() + 180_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(health).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                last = answer.body();
                if (answer.statusCode() == 200) {
                    return;
                }
                Thread.sleep(500);
            } catch (java.io.IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for Liberta", e);
            }
        }
        throw new AssertionError("Liberta did not become ready: " + last);
    }

    /** The archive every class names; {@link OneServerPerPass} deploys it once per pass, on an empty database. */
    static WebArchive packagedWar() {
        File war = new File(System.getProperty("liberta.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
