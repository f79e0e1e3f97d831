package org.liberta.platform.rest;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.internal.security.OriginalClient;
import org.liberta.platform.internal.application.FieldDevices;
import org.liberta.platform.internal.application.FieldDevices.DeviceAccess;
import org.liberta.platform.internal.application.SyncService;
import org.liberta.platform.internal.application.SyncService.ActionAnswer;

/**
 * {@code /sync}: the field app's one door, called with the device's credential (docs/api.md, "Field app"). GET takes
 * the caller's work offline; POST brings back what was done, each action applied at most once. A revoked device is
 * answered 410 with {@code "wipe":true} at its next contact, and what it sent is kept, never applied.
 */
@Path("sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    private SyncService sync;

    @Inject
    private FieldDevices devices;

    @Context
    private HttpServletRequest request;

    /** What the device takes offline: each section the caller's roles give them, and the server's clock. */
    public record Snapshot(Instant serverTime, long device, JsonObject sections) {
    }

    /** One answer per action sent, in the same order. */
    public record SyncAnswer(List<ActionAnswer> results) {
    }

    @GET
    @APIResponse(responseCode = "200", description = "the work to take offline",
            content = @Content(schema = @Schema(implementation = Snapshot.class)))
    public Response snapshot() {
        DeviceAccess device = device();
        if (device.revoked()) {
            return wipe();
        }
        return Response.ok(new Snapshot(Instant.now(), device.deviceId(), sync.snapshotForCaller())).build();
    }

    /** {@code {"actions":[{"id","type","recordId","version","capturedAt","data":{…}}]}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "one result per action",
            content = @Content(schema = @Schema(implementation = SyncAnswer.class)))
    public Response bringBack(String body) {
        DeviceAccess device = device();
        if (device.revoked()) {
            devices.quarantine(device.deviceId(), body == null ? "" : body, OriginalClient.of(request));
            return wipe();
        }
        return Response.ok(new SyncAnswer(sync.apply(device.deviceId(), actions(body)))).build();
    }

    private DeviceAccess device() {
        if (!(request.getAttribute(FieldDevices.REQUEST_ATTRIBUTE) instanceof DeviceAccess device)) {
            throw new jakarta.ws.rs.ForbiddenException("Sync with the credential the device was given at enrolment");
        }
        return device;
    }

    private static Response wipe() {
        return Response.status(Response.Status.GONE).type(Problem.MEDIA_TYPE)
                .entity(Json.createObjectBuilder().add("type", "about:blank").add("title", "Device revoked")
                        .add("status", 410).add("detail", "This device was revoked: it must forget what it holds")
                        .add("wipe", true).add("errors", Json.createArrayBuilder()).build())
                .build();
    }

    /** The batch's actions; one that does not parse becomes an action the sync refuses, naming its field. */
    private static List<FieldAction> actions(String body) {
        JsonObject batch;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            batch = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw InvalidInputException.of("actions", "the body must be {\"actions\":[…]}");
        }
        if (!(batch.get("actions") instanceof JsonArray items)) {
            throw InvalidInputException.of("actions", "is required: a list of actions");
        }
        List<FieldAction> actions = new ArrayList<>();
        for (JsonValue item : items) {
            JsonObject a = item instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            actions.add(new FieldAction(uuid(a.get("id")), text(a.get("type")), number(a.get("recordId")),
                    number(a.get("version")), dateTime(a.get("capturedAt")),
                    a.get("data") instanceof JsonObject data ? data : null));
        }
        return actions;
    }

    private static UUID uuid(JsonValue value) {
        try {
            return value instanceof JsonString s ? UUID.fromString(s.getString()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static Long number(JsonValue value) {
        return value instanceof JsonNumber n && n.isIntegral() ? n.longValue() : null;
    }

    private static OffsetDateTime dateTime(JsonValue value) {
        try {
            return value instanceof JsonString s ? OffsetDateTime.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
