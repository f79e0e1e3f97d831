package org.liberta.training.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.training.internal.application.ProfessionalService;
import org.liberta.training.internal.application.ProfessionalService.ProfessionalDetail;
import org.liberta.training.internal.application.ProfessionalService.ProfessionalRow;

/**
 * The one record per professional: {@code GET /training/professionals?q=&page=&size=} (name or organisation);
 * {@code GET /training/professionals/{id}} with their history and likely duplicates;
 * {@code POST /training/professionals/{id}/merge} {@code {"into"}} merges the record into another, keeping its
 * whole history.
 */
@Path("training/professionals")
@RequestScoped
public class TrainingProfessionalsResource {

    @Inject
    private ProfessionalService professionals;

    public record MergeBody(Long into) {
    }

    @GET
    public Page<ProfessionalRow> search(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return professionals.search(q, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public ProfessionalDetail detail(@PathParam("id") long id) {
        return professionals.detail(id);
    }

    @POST
    @Path("{id}/merge")
    public ProfessionalRow merge(@PathParam("id") long id, @NotNull MergeBody body) {
        return professionals.merge(id, body.into());
    }
}
