package org.liberta.advocacy.internal.domain;

/** The records search finds, as stored beside their words. */
public enum SearchKind {
    STAKEHOLDER, CAMPAIGN, ENGAGEMENT, OUTCOME;

    /** A match: which kind of record, and its id. */
    public record Match(SearchKind kind, long id) {
    }
}
