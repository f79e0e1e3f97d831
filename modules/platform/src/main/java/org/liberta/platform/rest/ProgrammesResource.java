package org.liberta.platform.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Relationship;
import org.liberta.platform.internal.application.ProgrammeService;
import org.liberta.platform.internal.application.ProgrammeService.ProgrammeDefinition;

/** {@code /programmes}: everyone lists those in their scope; administrators define them. */
@Path("programmes")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    private ProgrammeService programmes;

    /** The request body; {@code version} only matters for updates. */
    public record ProgrammeBody(String code, String name, String country, Relationship relationship, Long version) {

        ProgrammeDefinition definition() {
            return new ProgrammeDefinition(code, name, country, relationship);
        }
    }

    /** A programme; {@code version} (beyond docs/api.md) is the one an update must carry. */
    public record ProgrammeAnswer(long id, String code, String name, String country, Relationship relationship,
            long version) {
    }

    @GET
    public Page<ProgrammeAnswer> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        List<ProgrammeAnswer> all = programmes.visibleVersionedProgrammes().stream().map(ProgrammesResource::answer).toList();
        // A handful of rows: paging in memory is honest here and keeps the list contract.
        List<ProgrammeAnswer> slice = all.subList(Math.min(all.size(), request.offset()),
                Math.min(all.size(), request.offset() + request.size()));
        return new Page<>(slice, all.size(), request.page(), request.size());
    }

    @GET
    @Path("{id}")
    public ProgrammeAnswer get(@PathParam("id") long id) {
        return programmes.visibleVersionedProgrammes().stream().filter(p -> p.programme().id() == id).findFirst()
                .map(ProgrammesResource::answer).orElseThrow(() -> new NotFoundException("programme"));
    }

    @POST
    @AdministratorsOnly
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = ProgrammeAnswer.class)))
    public Response create(@NotNull @Valid ProgrammeBody body) {
        ProgrammeAnswer created = answer(programmes.define(body.definition()));
        return Response.created(URI.create("programmes/" + created.id())).entity(created).build();
    }

    @PUT
    @AdministratorsOnly
    @Path("{id}")
    public ProgrammeAnswer update(@PathParam("id") long id, @NotNull @Valid ProgrammeBody body) {
        if (body.version() == null) {
            throw org.liberta.platform.api.InvalidInputException.of("version", "is required for updates");
        }
        return answer(programmes.redescribeProgramme(id, body.version(), body.definition()));
    }

    private static ProgrammeAnswer answer(ProgrammeService.VersionedProgramme versioned) {
        var p = versioned.programme();
        return new ProgrammeAnswer(p.id(), p.code(), p.name(), p.country(), p.relationship(), versioned.version());
    }
}
