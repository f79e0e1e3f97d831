package org.liberta.advocacy.internal.domain;

/** The records search finds, as stored beside their words. */
public enum SearchKind {
    STAKEHOLDER, CAMPAIGN, ENGAGEMENT, OUTCOME;

    /** A match: which record, and the day it sorts by (standing records, people and campaigns, sort first). */
    public record Match(SearchKind kind, long id) {
    }
}
