package org.liberta.platform.api.sync;

/**
 * How a module applies one kind of {@link FieldAction}, as a CDI bean the platform's sync finds by {@link #type()}.
 * It runs in the action's own transaction, through the module's own service, so the caller's role and programme
 * scope are checked as for any request. A refusal is an {@code InvalidInputException} naming the fields (or a
 * {@code NotFoundException}), a stale edit a {@link FieldConflict}; either writes nothing.
 */
public interface FieldActionHandler {

    /** The action type the app sends, e.g. {@code FOLLOW_UP}. */
    String type();

    /** Applies the action; answers the record it wrote. */
    Applied apply(FieldAction action);

    /** What an applied action wrote: the field app keeps it to show the record as synced. */
    record Applied(String recordType, long recordId) {
    }
}
