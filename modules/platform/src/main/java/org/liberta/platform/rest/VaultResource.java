package org.liberta.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.liberta.platform.internal.application.DefaultIdentityVault;
import org.liberta.platform.internal.application.TransactionRunner;

/**
 * {@code POST /admin/vault/rotate}: starts a new vault key and re-encrypts every identity value under it,
 * batch by batch (each batch commits on its own, so an interrupted rotation simply resumes). Used by
 * {@code scripts/rotate-vault-key}.
 */
@Path("admin/vault")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VaultResource {

    @Inject
    private DefaultIdentityVault vault;

    @Inject
    private TransactionRunner transactions;

    public record RotationAnswer(long reencrypted) {
    }

    @POST
    @Path("rotate")
    public RotationAnswer rotate() {
        long total = transactions.requiresNew(() -> vault.reencryptBatch(true));
        for (int n; (n = transactions.requiresNew(() -> vault.reencryptBatch(false))) > 0;) {
            total += n;
        }
        return new RotationAnswer(total);
    }
}
