/**
 * Survivors and their care: intake, the identity vault entries behind each survivor, removals, care episodes,
 * follow-ups, recovery assessments, police engagement, investigations, repatriation, prevention sessions. Owns
 * the casework indicators (victims removed, survivors cared for, repatriated, prevention reached).
 */
@AppModule(name = "casework",
        summary = "survivors and their care: intake, identities in the vault, removals, care, follow-ups, recovery, police engagement, investigations, repatriation, prevention",
        allowedDependencies = {},
        platformApis = {"audit", "demo", "documents", "domain", "imports", "indicators", "persistence", "rest", "schema", "sheets", "sync", "ui", "vault"})
package org.liberta.casework;

import org.liberta.platform.api.AppModule;
