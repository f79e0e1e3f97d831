package org.liberta.platform.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** The platform's tables come first: every other module refers to programmes and users. */
@ApplicationScoped
public class PlatformSchema implements ModuleSchema {

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }
}
