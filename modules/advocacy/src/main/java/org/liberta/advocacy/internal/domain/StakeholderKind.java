package org.liberta.advocacy.internal.domain;

/** The kinds of stakeholder, as docs/api.md's {@code stakeholderType} names them. */
public enum StakeholderKind {
    MP, PEER, MINISTER, MINISTRY, PARLIAMENTARY_COMMITTEE, POLICE_FORCE, PROSECUTION_SERVICE, COURT, EMBASSY,
    MULTILATERAL, NGO_COALITION, MEDIA, OTHER
}
