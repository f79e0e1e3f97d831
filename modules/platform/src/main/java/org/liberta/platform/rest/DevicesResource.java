package org.liberta.platform.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.liberta.platform.internal.application.FieldDevices;
import org.liberta.platform.internal.application.FieldDevices.DeviceSummary;
import org.liberta.platform.internal.application.FieldDevices.EnrolledDevice;

/**
 * {@code /devices}: enrolling a phone or laptop for the field app, seeing one's devices (administrators: anyone's,
 * with {@code ?user=}), and revoking a lost one. Called with a signed-in user's token, never a device's.
 */
@Path("devices")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DevicesResource {

    @Inject
    private FieldDevices devices;

    /** {@code {"name":"Rahima's phone"}}. */
    public record Enrolment(String name) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "enrolled; the credential is shown this once",
            content = @Content(schema = @Schema(implementation = EnrolledDevice.class)))
    public Response enrol(@NotNull Enrolment enrolment) {
        EnrolledDevice enrolled = devices.enrol(enrolment.name());
        return Response.created(URI.create("devices/" + enrolled.id())).entity(enrolled).build();
    }

    @GET
    public List<DeviceSummary> list(@QueryParam("user") Long user) {
        return user == null ? devices.mine() : devices.of(user);
    }

    @DELETE
    @Path("{id}")
    public DeviceSummary revoke(@PathParam("id") long id) {
        return devices.revoke(id);
    }
}
