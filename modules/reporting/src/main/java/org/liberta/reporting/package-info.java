/**
 * The six-month impact report, dashboards and exports. Knows no other module: it reads the indicators every
 * module contributes through the platform indicator SPI.
 */
@AppModule(name = "reporting",
        summary = "the six-month impact report, dashboards, published snapshots, analyses (reads the indicator SPI only)",
        allowedDependencies = {},
        platformApis = {"audit", "documents", "domain", "indicators", "persistence", "rest", "schema", "sheets", "ui"})
package org.liberta.reporting;

import org.liberta.platform.api.AppModule;
