/**
 * Policy engagement: stakeholders, campaigns and asks, engagements and the outcomes (wins) they contribute to.
 * Sees no survivor data at all.
 */
@AppModule(name = "advocacy",
        summary = "policy engagement: stakeholders, campaigns, engagements, outcomes and their evidence",
        allowedDependencies = {},
        platformApis = {"audit", "demo", "documents", "domain", "indicators", "persistence", "rest", "schema", "ui"})
package org.liberta.advocacy;

import org.liberta.platform.api.AppModule;
