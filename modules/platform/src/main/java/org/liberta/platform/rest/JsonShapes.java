package org.liberta.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

/** Whether a JSON value fits a Java field type; the answer is the message a client sees for that field. */
final class JsonShapes {

    private JsonShapes() {
    }

    static Optional<String> problem(Class<?> type, Type genericType, JsonValue value) {
        ValueType kind = value.getValueType();
        if (kind == ValueType.NULL) {
            return type.isPrimitive() ? Optional.of("is required") : Optional.empty();
        }
        if (type == boolean.class || type == Boolean.class) {
            return kind == ValueType.TRUE || kind == ValueType.FALSE ? Optional.empty() : Optional.of("must be true or false");
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return kind == ValueType.NUMBER ? Optional.empty() : Optional.of("must be a number");
        }
        if (type.isEnum()) {
            return enumProblem(type, value);
        }
        if (type == String.class || Temporal.class.isAssignableFrom(type)) {
            return kind == ValueType.STRING ? Optional.empty() : Optional.of("must be text");
        }
        if (Collection.class.isAssignableFrom(type)) {
            if (kind != ValueType.ARRAY) {
                return Optional.of("must be a list");
            }
            Class<?> element = typeArgument(genericType, 0);
            for (JsonValue item : value.asJsonArray()) {
                Optional<String> itemProblem = element == null ? Optional.empty() : problem(element, element, item);
                if (itemProblem.isPresent()) {
                    return itemProblem;
                }
            }
            return Optional.empty();
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return kind == ValueType.OBJECT ? Optional.empty() : Optional.of("must be an object");
        }
        return Optional.empty();
    }

    private static Optional<String> enumProblem(Class<?> type, JsonValue value) {
        if (value.getValueType() != ValueType.STRING) {
            return Optional.of("must be a code");
        }
        String code = ((JsonString) value).getString();
        Object[] constants = type.getEnumConstants();
        boolean known = Arrays.stream(constants).anyMatch(c -> ((Enum<?>) c).name().equals(code));
        return known ? Optional.empty() : Optional.of("must be one of " + Arrays.toString(constants));
    }

    private static Class<?> typeArgument(Type genericType, int index) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
            return argument;
        }
        return null;
    }
}
