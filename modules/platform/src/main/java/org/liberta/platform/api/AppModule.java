package org.liberta.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's root package and declares which other modules it may use. The architecture tests in
 * {@code app} read this annotation, so the declaration and the rule cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface AppModule {

    /** The module's name, also the last segment of its root package. */
    String name();

    /** What the module owns, in a line: the README's module map is made of these (ModuleMapTest). */
    String summary();

    /** Names of the modules whose {@code api} packages this module may import (the platform is implicit). */
    String[] allowedDependencies();
}
