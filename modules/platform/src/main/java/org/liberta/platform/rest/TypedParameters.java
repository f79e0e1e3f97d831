package org.liberta.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.liberta.platform.api.FieldError;

/**
 * Numbers and yes/no flags in the path and the query ({@code page=abc}, {@code /survivors/abc}, {@code overdue=maybe})
 * that do not parse are the client's mistake, answered 400 problem+json naming the parameter (docs/api.md,
 * Conventions). JAX-RS alone answers 404 for a query parameter it cannot convert, which hides the mistake as "not
 * found", and reads any word but "true" as false.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null || rawType.isPrimitive() && !alwaysGiven(annotations)) {
            // An absent query parameter reaches a converter's method as null, which a primitive cannot take: those
            // are left to JAX-RS (their zero) unless the path or a @DefaultValue always gives them a value.
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Parsed<>(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Parsed<>(name, Long::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Parsed<>(name, TypedParameters::strictBoolean, "must be true or false");
        }
        return null;
    }

    /** {@code Boolean.valueOf} reads anything but "true" as false: {@code overdue=yes} would quietly mean no. */
    private static Boolean strictBoolean(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new NumberFormatException(value);
    }

    private static boolean alwaysGiven(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam || a instanceof DefaultValue) {
                return true;
            }
        }
        return false;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    /** 400 naming the parameter: the answer is complete, so JAX-RS sends it as it is. */
    static BadRequestException invalid(String parameter, String message) {
        Problem problem = Problem.invalid("The parameter " + parameter + " " + message,
                List.of(new FieldError(parameter, message)));
        return new BadRequestException(Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private record Parsed<N>(String name, Function<String, N> parse, String message) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (NumberFormatException e) {
                throw invalid(name, message);
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }
}
