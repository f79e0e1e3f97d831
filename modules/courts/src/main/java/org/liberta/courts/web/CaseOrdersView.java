package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.OrderKind;
import org.liberta.courts.internal.application.CourtOrderService;
import org.liberta.courts.internal.application.CourtOrderService.OrderDetail;

/** The orders a court gave on this case: giving one at a hearing, and marking it done (issue 35). */
@Named
@ViewScoped
public class CaseOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private CourtOrderService orders;

    private OrderKind kind = OrderKind.PRODUCE_WITNESS;
    private String description;
    private LocalDate givenOn = LocalDate.now();
    private LocalDate dueOn = LocalDate.now().plusDays(30);

    public void give() {
        if (page.record(() -> orders.give(page.getCourtCase().id(),
                new CourtOrderService.NewOrder(null, kind, description, givenOn, dueOn)))) {
            description = null;
        }
    }

    /** Done today, from the version the page shows. */
    public void markDone(OrderDetail order) {
        page.record(() -> orders.markDone(order.id(),
                new CourtOrderService.OrderDone(LocalDate.now(), null, order.version())));
    }

    public OrderKind[] getKinds() {
        return OrderKind.values();
    }

    public OrderKind getKind() {
        return kind;
    }

    public void setKind(OrderKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
