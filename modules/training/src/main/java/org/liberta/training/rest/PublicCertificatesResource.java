package org.liberta.training.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.CertificateService.Verification;

/**
 * {@code GET /public/certificates/{code}} without signing in: the name, course and date behind a certificate's
 * code and whether it is valid, expired, revoked or replaced; nothing else. An unknown code is 404.
 */
@Path("public/certificates")
@RequestScoped
public class PublicCertificatesResource {

    @Inject
    private CertificateService certificates;

    @GET
    @Path("{code}")
    public Verification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }
}
