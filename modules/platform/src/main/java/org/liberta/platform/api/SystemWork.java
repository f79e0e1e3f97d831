package org.liberta.platform.api;

import java.util.function.Supplier;

/**
 * Work the server does on its own, outside any request (schedulers): it runs as the system caller, with every
 * role and programme, and its audit entries name "system". Never reachable from a request.
 */
public interface SystemWork {

    <T> T runAsSystem(Supplier<T> work);
}
