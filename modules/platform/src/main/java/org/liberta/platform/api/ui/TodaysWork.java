package org.liberta.platform.api.ui;

import java.util.List;

/**
 * A module's part of the signed-in user's home page: what needs doing today in its records, found with
 * {@code Instance<TodaysWork>} like menu contributions. Each module answers only for the roles it serves (an empty
 * list for anyone else), counts in the database within the user's programmes, and links every item to the page
 * that lists exactly the records it counts. Order: the module's menu order.
 */
public interface TodaysWork {

    List<WorkItem> forCurrentUser();

    /** Where this module's items sit among the others' (its menu order). */
    int order();
}
