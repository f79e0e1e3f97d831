/**
 * The witness-attendance programme and its scheduler: plans, tasks and reminders so that every required
 * witness attends every hearing; hearings at risk flagged early. Builds on courts.api and casework.api.
 */
@AppModule(name = "witness",
        summary = "the witness-attendance programme and its scheduler: plans, tasks, reminders, hearings at risk",
        allowedDependencies = {"casework", "courts"},
        platformApis = {"audit", "demo", "domain", "indicators", "mail", "persistence", "rest", "schema", "sync", "time", "ui", "vault"})
package org.liberta.witness;

import org.liberta.platform.api.AppModule;
