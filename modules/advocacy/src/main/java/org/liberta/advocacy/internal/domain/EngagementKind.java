package org.liberta.advocacy.internal.domain;

/** The kinds of engagement, as docs/api.md's engagement {@code type} names them. */
public enum EngagementKind {
    MEETING, LETTER, ROUNDTABLE, WRITTEN_EVIDENCE, CONSULTATION_RESPONSE, EVENT, MEDIA, OTHER
}
