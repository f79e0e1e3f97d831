package org.liberta.app.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem+json answers of docs/api.md's Conventions (RFC 9457 with the bad fields listed). */
final class Problems {

    static final Map<String, String> NAMES = Map.of("400", "BadRequest", "401", "Unauthorized", "403", "Forbidden",
            "404", "NotFound", "409", "Conflict");

    private static final Map<String, String> MEANINGS = Map.of(
            "400", "invalid input: every bad field is listed in errors, and nothing was written",
            "401", "not authenticated: no token, or one expired or revoked",
            "403", "authenticated, but the caller's role may not do this",
            "404", "unknown, or outside the caller's programmes (Liberta never says which)",
            "409", "conflict: a stale version, or a duplicate natural key");

    private Problems() {
    }

    static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer", "format", "int32"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("errors", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/ProblemFieldError")));
        return Map.of("type", "object", "properties", properties);
    }

    static Map<String, Object> fieldError() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", Map.of("type", "string"));
        properties.put("message", Map.of("type", "string"));
        return Map.of("type", "object", "properties", properties);
    }

    static Map<String, Object> responses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        for (String status : List.of("400", "401", "403", "404", "409")) {
            responses.put(NAMES.get(status), Map.of("description", MEANINGS.get(status), "content",
                    Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        }
        return responses;
    }
}
