package org.liberta.casework.api;

/**
 * Lets a module open a survivor's identity to people outside care for their work: the courts module grants a
 * lawyer the identity of a survivor who is a victim or witness in one of the lawyer's cases. Casework asks every
 * implementation before a non-care role may reveal; with none, only care roles ever see identities. MEL and
 * trainers are never granted.
 */
public interface IdentityGrants {

    /** Whether the current caller's work needs this survivor's identity. */
    boolean grantsIdentity(SurvivorId survivorId);
}
