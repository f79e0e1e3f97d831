package org.liberta.courts.api;

/** What a court ordered at a hearing, for the order's follow-up: each is work for the prosecution's side. */
public enum OrderKind {
    /** Produce a witness at the next hearing. */
    PRODUCE_WITNESS,
    /** The police to file a report, or a further investigation report. */
    POLICE_REPORT,
    /** Documents, exhibits or the case docket to be produced. */
    PRODUCE_DOCUMENTS,
    /** A medical or forensic examination. */
    EXAMINATION,
    /** Summons or warrant to be served. */
    SERVE_PROCESS,
    OTHER
}
