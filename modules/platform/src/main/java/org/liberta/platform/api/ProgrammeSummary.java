package org.liberta.platform.api;

/** A programme as other modules see it. */
public record ProgrammeSummary(long id, String code, String name, String country, Relationship relationship) {
}
