/**
 * The courts module's public face: codes of the court vocabulary and the events the witness programme listens
 * to (a hearing scheduled, a hearing adjourned). Everything else in the module is internal.
 */
package org.liberta.courts.api;
