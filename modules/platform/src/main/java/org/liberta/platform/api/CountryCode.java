package org.liberta.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/** An ISO 3166-1 alpha-2 country code such as GB, in any case (commands store it upper-cased); absent is allowed. */
@Documented
@Pattern(regexp = "[A-Za-z]{2}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface CountryCode {

    String message() default "must be a two-letter country code such as GB";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
