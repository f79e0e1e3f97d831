package org.liberta.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a record answered over REST is published under in the API description ({@code /openapi}), where it
 * differs from the Java name. Partners generate clients from that description, so a schema's name is part of what they
 * build against: renaming a record in Java (the {@code View} suffix is kept for page beans, docs/architecture.md)
 * keeps the name they know.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedAs {

    /** The schema name, e.g. {@code SurvivorView}. */
    String value();
}
