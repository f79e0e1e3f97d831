package org.liberta.courts.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.liberta.courts.internal.application.CourtOrderService;
import org.liberta.courts.internal.application.CourtOrderService.OrderDetail;

/** {@code /court-orders/{id}/done}: an order given at a hearing, done (docs/api.md, "Court orders"). */
@Path("court-orders")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CourtOrdersResource {

    @Inject
    private CourtOrderService orders;

    @PUT
    @Path("{id}/done")
    public OrderDetail done(@PathParam("id") long id, @NotNull CourtOrderService.OrderDone done) {
        return orders.markDone(id, done);
    }
}
