/**
 * Backlogged trafficking prosecutions: court cases, accused, hearings and adjournments, verdicts, witnesses.
 * Refers to survivors by id through casework.api; fires HearingScheduled and HearingAdjourned for the witness
 * programme.
 */
@AppModule(name = "courts",
        summary = "backlogged prosecutions: court cases, accused, hearings and adjournments, verdicts, witnesses",
        allowedDependencies = {"casework"},
        platformApis = {"audit", "demo", "domain", "imports", "indicators", "persistence", "rest", "schema", "sheets", "time", "ui", "vault"})
package org.liberta.courts;

import org.liberta.platform.api.AppModule;
