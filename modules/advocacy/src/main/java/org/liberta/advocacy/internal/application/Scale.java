package org.liberta.advocacy.internal.application;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Influence and stance: 1 (low, opposed) to 5 (high, supportive); absent is "not yet judged". */
@Documented
@Min(1)
@Max(5)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@interface Scale {

    String message() default "must be from 1 to 5";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
