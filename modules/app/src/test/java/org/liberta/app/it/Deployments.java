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

    static WebArchive packagedWar() {
        TestDatabase.reset();
        File war = new File(System.getProperty("liberta.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
