package org.liberta.platform.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation's violations as the field errors a client reads: each named by its path inside the command
 * ({@code followUps[0].due}, not {@code logEngagement.e.followUps[0].due}), in the order the command declares its
 * fields (the order a form shows them), so that API and pages list the same problems the same way.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * A command's own rules (its annotations and {@link RulesAcrossFields}), checked where the service chooses: after
     * the caller's role, so that someone who may not write is refused before anything they sent is judged. The list
     * is the service's to add its rules against stored data to, so that one answer names every problem; a missing
     * command is refused at once.
     */
    public static List<FieldError> of(Validator validator, Object command) {
        if (command == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return new ArrayList<>(fieldErrors(validator.validate(command)));
    }

    /** As {@link #of}, refusing the command at once with every field error. */
    public static void require(Validator validator, Object command) {
        InvalidInputException.throwIfAny(of(validator, command));
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<Located> located = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            String field = fieldName(v.getPropertyPath());
            located.add(new Located(new FieldError(field, v.getMessage()), declaredPosition(v, field)));
        }
        located.sort(Comparator.comparingInt(Located::position).thenComparing(l -> l.error().field())
                .thenComparing(l -> l.error().message()));
        return located.stream().map(Located::error).toList();
    }

    private record Located(FieldError error, int position) {
    }

    /** The path below the method and its parameter: {@code createUser.user.username} becomes {@code username}. */
    public static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                    && node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    /** Where the field's first step is declared in the record that was checked; unknown fields go last. */
    private static int declaredPosition(ConstraintViolation<?> v, String field) {
        Class<?> command = checkedType(v);
        if (command == null || !command.isRecord()) {
            return Integer.MAX_VALUE;
        }
        String first = field.split("[.\\[]", 2)[0];
        RecordComponent[] components = command.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(first)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The argument a method's parameters were checked in, or the bean checked on its own. */
    private static Class<?> checkedType(ConstraintViolation<?> v) {
        Object[] arguments = v.getExecutableParameters();
        if (arguments != null) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    return index < arguments.length && arguments[index] != null ? arguments[index].getClass() : null;
                }
            }
            return null;
        }
        return v.getRootBeanClass();
    }
}
