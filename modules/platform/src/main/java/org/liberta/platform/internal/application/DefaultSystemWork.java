package org.liberta.platform.internal.application;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.SystemWork;

/** {@link SystemWork} through the caller context's system mode. */
@ApplicationScoped
public class DefaultSystemWork implements SystemWork {

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
        return CallerContext.runAsSystem(work);
    }
}
