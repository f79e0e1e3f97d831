package org.liberta.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A command with rules no field annotation can state (a follow-up due before the meeting it came from, a session
 * ending before it starts). The command says them in {@link Command#checkAcrossFields}, naming the field each broken
 * rule is about; they are checked with the field annotations, so one answer lists every problem.
 */
@Documented
@Constraint(validatedBy = RulesAcrossFields.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RulesAcrossFields {

    String message() default "breaks a rule across fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A command that knows its rules across fields. */
    interface Command {

        /** Adds an error for each rule broken; fields their own annotations find wrong may be taken as absent. */
        void checkAcrossFields(List<FieldError> errors);
    }

    /** Each broken rule becomes a violation on the field it names. */
    final class Check implements ConstraintValidator<RulesAcrossFields, Command> {

        @Override
        public boolean isValid(Command command, ConstraintValidatorContext context) {
            if (command == null) {
                return true;
            }
            List<FieldError> errors = new ArrayList<>();
            command.checkAcrossFields(errors);
            if (errors.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (FieldError error : errors) {
                context.buildConstraintViolationWithTemplate(literal(error.message())).addPropertyNode(error.field())
                        .addConstraintViolation();
            }
            return false;
        }

        /** A message taken as it is, not as a template: braces and dollars escaped. */
        private static String literal(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
