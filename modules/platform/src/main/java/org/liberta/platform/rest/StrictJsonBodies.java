package org.liberta.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;

/**
 * Checks a JSON request body before it is bound: it must be well-formed, and an object bound to a request record
 * may carry only that record's fields, each of the right JSON type and, for codes, one of the allowed values.
 * A misspelt field or a wrong type is an error naming the field, never silently dropped or coerced (JSON-B
 * ignores unknown properties when it builds records and reads "yes" as false).
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            check(new String(body, StandardCharsets.UTF_8), context.getType());
        }
        InputStream replay = new ByteArrayInputStream(body);
        context.setInputStream(replay);
        return context.proceed();
    }

    private static void check(String json, Class<?> type) {
        JsonStructure structure;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            structure = reader.read();
        } catch (jakarta.json.JsonException e) { // includes JsonParsingException
            throw InvalidInputException.of("body", "is not well-formed JSON");
        }
        if (type.isRecord() && structure.getValueType() == JsonValue.ValueType.OBJECT) {
            Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            List<FieldError> errors = new ArrayList<>();
            ((JsonObject) structure).forEach((key, value) -> {
                RecordComponent component = components.get(key);
                if (component == null) {
                    errors.add(new FieldError(key, "is not a known field"));
                } else {
                    JsonShapes.problem(component.getType(), component.getGenericType(), value)
                            .ifPresent(problem -> errors.add(new FieldError(key, problem)));
                }
            });
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparing(FieldError::field));
                throw new InvalidInputException(errors);
            }
        }
    }
}
