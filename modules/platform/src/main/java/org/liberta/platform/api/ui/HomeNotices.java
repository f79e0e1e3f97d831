package org.liberta.platform.api.ui;

import java.util.List;

/**
 * A module's notices for the signed-in user's home page, found with {@code Instance<HomeNotices>} like menu
 * contributions. Each module answers for its own records and the user's own scope, quickly (one small query).
 */
public interface HomeNotices {

    List<HomeNotice> forCurrentUser();
}
