package org.liberta.advocacy.internal.domain;

/** The people and bodies the charity works with to change policy and practice. */
public enum StakeholderKind {
    MP, PEER, MINISTER, MINISTRY, POLICE_FORCE, PROSECUTOR_OFFICE, COURT, EMBASSY, MULTILATERAL_BODY, NGO_COALITION,
    MEDIA, OTHER
}
