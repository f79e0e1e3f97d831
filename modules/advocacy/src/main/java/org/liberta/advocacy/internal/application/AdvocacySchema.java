package org.liberta.advocacy.internal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.schema.ModuleSchema;

/** Advocacy's tables stand on their own; they come last only to keep one order. */
@ApplicationScoped
public class AdvocacySchema implements ModuleSchema {

    @Override
    public String module() {
        return "advocacy";
    }

    @Override
    public int order() {
        return 50;
    }
}
