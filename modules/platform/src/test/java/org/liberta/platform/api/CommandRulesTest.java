package org.liberta.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The command constraints as Hibernate Validator (the server's) checks them, and their violations as the field errors
 * a client reads: named by their path in the command, in the order it declares its fields, all in one answer.
 */
class CommandRulesTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    enum Kind { MEETING, PHONE_CALL }

    record Step(@NotBlank String action, @NotNull LocalDate due) {
    }

    @RulesAcrossFields
    record Visit(@NotBlank String title, @Codes(Kind.class) String kind, LocalDate date, List<@NotNull @Valid Step> steps,
            @CountryCode String country, @EmailAddress String email, @PhoneNumber String phone)
            implements RulesAcrossFields.Command {

        @Override
        public void checkAcrossFields(List<FieldError> errors) {
            for (int i = 0; i < steps.size(); i++) {
                if (date != null && steps.get(i).due() != null && steps.get(i).due().isBefore(date)) {
                    errors.add(new FieldError("steps[" + i + "].due", "cannot fall before {the visit}"));
                }
            }
        }
    }

    /** A service method taking a command, as CDI's method validation checks it. */
    static class Visits {
        public void log(@Valid Visit visit) {
        }
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private static Visit valid() {
        return new Visit("Briefing", "meeting", DAY, List.of(new Step("Send figures", DAY)), "gb", "a@example.org",
                "+447700900123");
    }

    @Test
    void aValidCommandPassesAndCodesAreTakenInAnyCaseWithSpacesForUnderscores() {
        assertTrue(VALIDATOR.validate(valid()).isEmpty());
        assertEquals(Kind.PHONE_CALL, EnumCodes.read(Kind.class, " phone call "));
        assertEquals(Kind.PHONE_CALL, EnumCodes.read(Kind.class, "Phone-Call"));
        assertNull(EnumCodes.read(Kind.class, "  "));
    }

    @Test
    void everyProblemIsNamedOnceInTheOrderTheCommandDeclaresItsFields() {
        Visit bad = new Visit(" ", "PIGEON", DAY, List.of(new Step("ok", DAY.minusDays(1)), new Step("", DAY)), "GBR",
                "sam@", "12");
        List<FieldError> errors = Violations.fieldErrors(VALIDATOR.validate(bad));
        assertEquals(List.of("title", "kind", "steps[0].due", "steps[1].action", "country", "email", "phone"),
                errors.stream().map(FieldError::field).toList(), errors.toString());
        assertEquals("must be one of [MEETING, PHONE_CALL]", errors.get(1).message());
        assertEquals("cannot fall before {the visit}", errors.get(2).message(), "a rule's message is taken literally");
    }

    @Test
    void aServiceChecksACommandItselfWhenItChoosesAndAMissingOneIsTheBodysFault() {
        List<FieldError> none = Violations.of(VALIDATOR, valid());
        assertTrue(none.isEmpty());
        none.add(new FieldError("programme", "is not one of your programmes")); // the service adds its stored-data rules
        assertEquals(List.of(new FieldError("body", "is required")), org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> Violations.of(VALIDATOR, null)).errors());
        Visit late = new Visit("Briefing", "meeting", DAY, List.of(new Step("Send figures", DAY.minusDays(2))), null,
                null, null);
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> Violations.require(VALIDATOR, late));
        assertEquals(List.of("steps[0].due"), refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aMethodsParameterPathIsLeftOutOfTheFieldName() throws NoSuchMethodException {
        Method log = Visits.class.getMethod("log", Visit.class);
        Visit bad = new Visit("Briefing", "meeting", DAY, List.of(new Step(null, DAY)), null, null, null);
        List<FieldError> errors = Violations.fieldErrors(VALIDATOR.forExecutables()
                .validateParameters(new Visits(), log, new Object[] {bad}));
        assertEquals(List.of(new FieldError("steps[0].action", "must not be blank")), errors);
    }
}
