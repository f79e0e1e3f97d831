package org.liberta.app.openapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.annotation.JsonbTypeAdapter;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liberta.platform.api.rest.PublishedAs;

/**
 * JSON schemas of the Java types JSON-B reads and writes: records by their components, enums by their codes,
 * dates as docs/api.md writes them. Each record or enum becomes one named component, so the generated client has one
 * class per answer and per code list.
 */
final class Schemas {

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<String, String> names = new HashMap<>();

    Schemas() {
        components.put("Problem", Problems.schema());
        components.put("ProblemFieldError", Problems.fieldError());
    }

    Map<String, Object> components() {
        return components;
    }

    Object of(Type type) {
        return of(type, Map.of(), type.getTypeName());
    }

    /** A query or path parameter: its Java type, or the codes its {@code @Parameter} lists. */
    Object parameter(java.lang.reflect.Parameter p) {
        org.eclipse.microprofile.openapi.annotations.parameters.Parameter declared =
                p.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.Parameter.class);
        if (declared != null && declared.schema().enumeration().length > 0) {
            return Map.of("type", "string", "enum", List.of(declared.schema().enumeration()));
        }
        return of(p.getParameterizedType());
    }

    private Object of(Type type, Map<String, Type> bindings, String where) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v.getName());
            return bound == null ? Map.of("type", "object") : of(bound, Map.of(), where);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], bindings, where);
        }
        if (type instanceof GenericArrayType a) {
            return Map.of("type", "array", "items", of(a.getGenericComponentType(), bindings, where));
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                Map<String, Object> array = new LinkedHashMap<>();
                array.put("type", "array");
                array.put("items", of(args[0], bindings, where));
                if (Set.class.isAssignableFrom(raw)) {
                    array.put("uniqueItems", true);
                }
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (args[0] instanceof Class<?> key && key.isEnum()) {
                    // Keyed by codes (recovery scores by area): each code is a property, and the codes an enum too.
                    of(key, bindings, where);
                    Object value = of(args[1], bindings, where);
                    Map<String, Object> properties = new LinkedHashMap<>();
                    Arrays.stream(key.getEnumConstants()).forEach(k -> properties.put(((Enum<?>) k).name(), value));
                    return Map.of("type", "object", "properties", properties);
                }
                return Map.of("type", "object", "additionalProperties", of(args[1], bindings, where));
            }
            if (raw == Optional.class) {
                return of(args[0], bindings, where);
            }
            Type[] resolved = Arrays.stream(args).map(a -> a instanceof TypeVariable<?> v && bindings.containsKey(v.getName())
                    ? bindings.get(v.getName()) : a).toArray(Type[]::new);
            Map<String, Type> inner = new HashMap<>();
            TypeVariable<?>[] vars = raw.getTypeParameters();
            StringBuilder name = new StringBuilder(publishedName(raw));
            for (int i = 0; i < vars.length; i++) {
                inner.put(vars[i].getName(), resolved[i]);
                name.append(resolved[i] instanceof Class<?> c ? publishedName(c) : "Item");
            }
            return component(p.getTypeName(), name.toString(), raw, inner);
        }
        Class<?> c = (Class<?>) type;
        Map<String, Object> simple = simple(c, where);
        if (simple != null) {
            return simple;
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", of(c.getComponentType(), bindings, where));
        }
        JsonbTypeAdapter adapted = c.getAnnotation(JsonbTypeAdapter.class);
        if (adapted != null) {
            return of(jsonType(adapted.value()), bindings, where); // a typed id is written as its number
        }
        if (c.isEnum()) {
            String name = nameFor(c);
            if (!components.containsKey(name)) {
                components.put(name, Map.of("type", "string",
                        "enum", Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()));
            }
            return ref(name);
        }
        if (c.isInterface() || c == Object.class || c.getName().startsWith("jakarta.json.")) {
            return Map.of("type", "object");
        }
        return component(c.getTypeName(), null, c, Map.of());
    }

    private Object component(String key, String preferredName, Class<?> raw, Map<String, Type> bindings) {
        String existing = names.get(key);
        if (existing != null) {
            return ref(existing);
        }
        String name = preferredName == null ? nameFor(raw) : unique(preferredName, raw);
        names.put(key, name);
        Map<String, Object> schema = new LinkedHashMap<>();
        components.put(name, schema); // before the properties: a record may refer to itself
        Map<String, Object> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent rc : raw.getRecordComponents()) {
                properties.put(rc.getName(), property(rc.getAccessor(), rc.getGenericType(), bindings,
                        raw.getSimpleName() + "." + rc.getName()));
            }
        } else {
            for (Method m : raw.getMethods()) {
                String property = getter(m);
                if (property != null) {
                    properties.put(property, property(m, m.getGenericReturnType(), bindings,
                            raw.getSimpleName() + "." + property));
                }
            }
        }
        schema.put("type", "object");
        schema.put("properties", properties);
        return ref(name);
    }

    /** A property with what its {@code @Schema} adds (a date-time kept as text, an example, a description). */
    private Object property(Method accessor, Type type, Map<String, Type> bindings, String where) {
        org.liberta.platform.api.Codes codes = accessor.getAnnotation(org.liberta.platform.api.Codes.class);
        if (codes != null && codes.asEnum()) {
            return of(codes.value(), bindings, where);
        }
        Schema declared = accessor.getAnnotation(Schema.class);
        if (declared == null) {
            return of(type, bindings, where);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        if (declared.type() != SchemaType.DEFAULT) {
            schema.put("type", declared.type().toString());
        } else {
            Object base = of(type, bindings, where);
            if (base instanceof Map<?, ?> m) {
                m.forEach((k, v) -> schema.put((String) k, v));
            }
        }
        if (!declared.format().isEmpty()) {
            schema.put("format", declared.format());
        }
        if (!declared.description().isEmpty()) {
            schema.put("description", declared.description());
        }
        if (!declared.example().isEmpty()) {
            schema.put("example", declared.example());
        }
        if (declared.enumeration().length > 0) {
            schema.put("enum", List.of(declared.enumeration()));
        }
        return schema;
    }

    /**
     * What a JSON-B adapter writes: the second type argument of its {@code JsonbAdapter<Original, Adapted>}, declared
     * by the adapter or by a class it extends (the typed ids' adapters extend {@code TypedId.Json}, which writes a
     * {@code Long}).
     */
    private static Type jsonType(Class<?> adapter) {
        for (Class<?> c = adapter; c != null; c = c.getSuperclass()) {
            for (Type declared : c.getGenericInterfaces()) {
                if (declared instanceof ParameterizedType t && t.getRawType() == JsonbAdapter.class
                        && t.getActualTypeArguments()[1] instanceof Class<?> written) {
                    return written;
                }
            }
        }
        throw new IllegalStateException(adapter + " does not say what JSON type it writes");
    }

    private static String getter(Method m) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        String bare = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                : n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class ? n.substring(2) : null;
        return bare == null ? null : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static Map<String, Object> simple(Class<?> c, String where) {
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class
                || c == BigInteger.class || c == Number.class) {
            return Map.of("type", "number");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == OffsetDateTime.class || c == Instant.class || c == ZonedDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDateTime.class) {
            // docs/api.md: date-times carry their offset. A bare one would break every client that parses RFC 3339.
            throw new IllegalStateException(where + " is a LocalDateTime: answer an OffsetDateTime (docs/api.md: date-times"
                    + " with offset), or take the text and read it with ClientDateTime");
        }
        if (c == LocalTime.class) {
            return Map.of("type", "string", "pattern", "^\\d{2}:\\d{2}(:\\d{2})?$");
        }
        if (c == byte[].class) {
            return Map.of("type", "string", "format", "byte");
        }
        if (c == java.util.UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == java.net.URI.class || c == java.net.URL.class) {
            return Map.of("type", "string", "format", "uri");
        }
        if (c == java.time.Duration.class || c == java.time.YearMonth.class || c == java.util.Locale.class) {
            return Map.of("type", "string");
        }
        return null;
    }

    private String nameFor(Class<?> c) {
        String existing = names.get(c.getTypeName());
        if (existing != null) {
            return existing;
        }
        String name = unique(publishedName(c), c);
        names.put(c.getTypeName(), name);
        return name;
    }

    /** The name partners' generated clients know the type by: its {@link PublishedAs}, else its simple name. */
    private static String publishedName(Class<?> c) {
        PublishedAs published = c.getAnnotation(PublishedAs.class);
        return published == null ? c.getSimpleName() : published.value();
    }

    /** The simple name, or with its enclosing class's when another type has it already ({@code HearingServiceOutcome}). */
    private String unique(String name, Class<?> c) {
        if (!components.containsKey(name) && !names.containsValue(name)) {
            return name;
        }
        String qualified = (c.getEnclosingClass() == null ? c.getPackageName().replaceAll(".*\\.", "") : c.getEnclosingClass().getSimpleName())
                + name;
        qualified = Character.toUpperCase(qualified.charAt(0)) + qualified.substring(1);
        int n = 2;
        String candidate = qualified;
        while (components.containsKey(candidate) || names.containsValue(candidate)) {
            candidate = qualified + n++;
        }
        return candidate;
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }
}
