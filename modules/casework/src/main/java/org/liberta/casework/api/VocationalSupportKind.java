package org.liberta.casework.api;

/** The kinds of help towards work or study a survivor receives. Codes are part of the REST contract. */
public enum VocationalSupportKind {
    SKILLS_TRAINING, EDUCATION, APPRENTICESHIP, JOB_PLACEMENT, SMALL_BUSINESS_GRANT, OTHER
}
