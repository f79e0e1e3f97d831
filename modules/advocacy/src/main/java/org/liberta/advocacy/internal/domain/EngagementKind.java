package org.liberta.advocacy.internal.domain;

/** How the charity engaged. */
public enum EngagementKind {
    MEETING, LETTER, ROUNDTABLE, WRITTEN_EVIDENCE, CONSULTATION_RESPONSE, EVENT, MEDIA
}
