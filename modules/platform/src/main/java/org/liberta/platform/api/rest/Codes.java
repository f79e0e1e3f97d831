package org.liberta.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A body field taken as text and read as one of an enum's codes by the service (so that a bad code is a 400 naming
 * the field among the others). The OpenAPI description lists the codes, so a generated client offers them as an
 * enum.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Codes {

    Class<? extends Enum<?>> value();
}
