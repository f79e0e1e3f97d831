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

    /**
     * The platform's interfaces this module uses, by package under {@code org.liberta.platform.api} ({@code "vault"},
     * {@code "indicators"}, ...); the root package (caller, pages, errors) is open to all. Which modules may decrypt
     * identities ({@code vault}) or write the audit chain is a decision, so it is written here and held by the
     * architecture test.
     */
    String[] platformApis() default {};
}
