package org.liberta.training.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.rest.Downloads;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.CertificateService.CertificateDetail;

/**
 * Certificates: {@code GET /training/certificates?expiringWithin=60} (live ones expiring within the days, soonest
 * first); {@code GET /training/certificates/{id}/pdf}; {@code POST /training/certificates/{id}/reissue};
 * {@code POST /training/certificates/{id}/revoke} {@code {"reason"}}. Issuing is per session:
 * {@code POST /training/sessions/{id}/certificates}.
 */
@Path("training/certificates")
@RequestScoped
public class TrainingCertificatesResource {

    @Inject
    private CertificateService certificates;

    public record RevokeBody(String reason) {
    }

    @GET
    public Page<CertificateDetail> expiring(@QueryParam("expiringWithin") Integer days, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return certificates.expiring(days == null ? 60 : days, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Downloads.attachment(certificates.pdf(id), "application/pdf", "certificate-" + id + ".pdf");
    }

    @POST
    @Path("{id}/reissue")
    public CertificateDetail reissue(@PathParam("id") long id) {
        return certificates.reissue(id);
    }

    @POST
    @Path("{id}/revoke")
    public CertificateDetail revoke(@PathParam("id") long id, @NotNull RevokeBody body) {
        return certificates.revoke(id, body.reason());
    }
}
