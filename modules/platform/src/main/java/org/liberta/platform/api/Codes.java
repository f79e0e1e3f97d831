package org.liberta.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A command field holding one of an enum's codes, in any case ({@code meeting} or {@code MEETING}); absent is allowed
 * (add {@code @NotBlank} when it is not). The field stays text rather than the enum so that a bad code is one more
 * field error in the same answer as the others, where JSON-B would refuse the whole body at the first one. The
 * OpenAPI description lists the codes, so a generated client offers them as an enum; the service reads the value
 * with {@link EnumCodes#read}.
 */
@Documented
@Constraint(validatedBy = Codes.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface Codes {

    Class<? extends Enum<?>> value();

    /**
     * Whether the OpenAPI description types the field as the enum. Fields published as plain text before their codes
     * were checked here say false, so that clients generated from the description keep compiling.
     */
    boolean asEnum() default true;

    String message() default "must be one of the listed codes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, whose message lists the codes a client may send. */
    final class Check implements ConstraintValidator<Codes, String> {

        private Class<? extends Enum<?>> codes;

        @Override
        public void initialize(Codes annotation) {
            codes = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || EnumCodes.isOne(codes, value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + EnumCodes.listed(codes))
                    .addConstraintViolation();
            return false;
        }
    }
}
