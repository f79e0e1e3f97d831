/**
 * Training of frontline professionals: courses, sessions, one record per professional, attendance, pre/post
 * assessments and certificates. Sees no survivor data at all.
 */
@AppModule(name = "training",
        summary = "training of frontline professionals: courses, sessions, professionals, attendance, assessments, certificates",
        allowedDependencies = {},
        platformApis = {"audit", "demo", "documents", "domain", "imports", "indicators", "persistence", "rest", "schema", "sheets", "sync", "ui"})
package org.liberta.training;

import org.liberta.platform.api.AppModule;
