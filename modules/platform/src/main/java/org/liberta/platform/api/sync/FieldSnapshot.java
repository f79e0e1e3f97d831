package org.liberta.platform.api.sync;

import jakarta.json.JsonArray;

/**
 * What a module lets its users take offline, as a CDI bean: a navigator's caseload, the witness team's calls, a
 * trainer's sessions. Each answers only what the caller's roles and programmes allow, and never an identity:
 * pseudonyms only (issue 34). Empty for a caller with no such work.
 */
public interface FieldSnapshot {

    /** The section's name in {@code GET /sync}, e.g. {@code caseload}. */
    String section();

    JsonArray forCaller();
}
