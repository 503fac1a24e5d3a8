package io.tenantcrm.service.api.order;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.order.OrderRepository;
import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.payment.Instalment;
import io.tenantcrm.core.payment.PaymentMethod;
import io.tenantcrm.core.payment.PaymentPlan;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json.MoneyJson;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.api.quote.QuoteView;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sales orders and their money (docs/orders.md): an order is seen by whoever sees its deal; another tenant's is not
 * there (404). Changes need the order's ETag in If-Match.
 */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class OrdersResource {

    @Inject
    Ordering ordering;

    @Inject
    OrderRepository orders;

    @Inject
    QuoteRepository quotes;

    @Inject
    DealRepository deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public record ShareRequest(String label, String percent, String due) {
    }

    /** The quote and the version the customer ordered, and how it is paid. */
    public record OrderRequest(String quoteId, Integer version, List<ShareRequest> payments) {
    }

    public record StatusRequest(String status) {
    }

    public record CancelRequest(String reason) {
    }

    public record ReceiptRequest(MoneyJson amount, String receivedOn, String method, String reference) {
    }

    public record InstalmentView(String label, MoneyJson amount, LocalDate due, MoneyJson paid,
                                 MoneyJson outstanding, long daysLate, boolean overdue, LocalDate collectionOpenedOn) {
    }

    public record ReceiptView(MoneyJson amount, LocalDate receivedOn, String method, String reference,
                              String recordedBy) {
    }

    /** {@code recordVersion}: the order's version, the one its ETag carries (If-Match for a change). */
    public record OrderView(String id, long recordVersion, String number, String dealId, String quoteId,
                            int quoteVersion, String owner,
                            String status, String cancelReason, MoneyJson amount, MoneyJson received,
                            MoneyJson outstanding, List<QuoteView.LineView> lines, List<InstalmentView> instalments,
                            List<ReceiptView> receipts) {

        static OrderView of(SalesOrder o, LocalDate today, int grace) {
            PaymentPlan plan = o.payments();
            return new OrderView(o.id().toString(), o.version(), o.number(), o.deal().toString(), o.quote().toString(),
                    o.quoteVersion(), o.owner().value(), o.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    o.cancelReason(), MoneyJson.of(o.amount()), MoneyJson.of(plan.received()),
                    MoneyJson.of(plan.outstanding()), o.lines().stream().map(QuoteView::line).toList(),
                    plan.instalments().stream().map(i -> instalment(i, today, grace)).toList(),
                    plan.receipts().stream().map(r -> new ReceiptView(MoneyJson.of(r.amount()), r.receivedOn(),
                            r.method().name(), r.reference(), r.recordedBy().value())).toList());
        }

        private static InstalmentView instalment(Instalment i, LocalDate today, int grace) {
            return new InstalmentView(i.label(), MoneyJson.of(i.amount()), i.due(), MoneyJson.of(i.paid()),
                    MoneyJson.of(i.outstanding()), i.daysLate(today), i.isOverdue(today, grace),
                    i.collectionOpenedOn());
        }
    }

    @Inject
    io.tenantcrm.core.tenant.TenantConfiguration configuration;

    @Inject
    java.time.Clock clock;

    @POST
    @Operation(operationId = "placeOrder", summary = "The customer ordered a sent version of a quote: the order,"
            + " numbered, with its payment schedule; the deal is won at its amount")
    @APIResponse(responseCode = "201", description = "Created; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "OrderView")))
    public Response place(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "30% deposit, 70% before shipment", value = ApiExamples.ORDER))) OrderRequest request) {
        Inputs.requireBody(request);
        if (request.quoteId() == null || request.quoteId().isBlank()) {
            throw new InvalidValueException("quoteId", "which quote did the customer order?");
        }
        String id = request.quoteId();
        if (request.version() == null) {
            throw new InvalidValueException("version", "which version did the customer order?");
        }
        List<PaymentPlan.Share> shares = shares(request.payments());
        var quote = unitOfWork.inTransaction(() -> quotes.find(caller.tenant(), quoteId(id))
                .filter(q -> visible(q.deal())).orElseThrow(() -> new NotFoundException("quote", id)));
        SalesOrder order = ordering.place(quote.id(), quote.version(), request.version(), shares);
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build())
                .entity(view(order)).tag(Versions.tag(order.version())).build();
    }

    @GET
    @Operation(operationId = "listDealOrders", summary = "The orders of a deal, newest first, cancelled ones too",
            description = "deal: the deal's id (required). A deal the caller does not see is not there (404).")
    public List<OrderView> ofDeal(@QueryParam("deal") String deal) {
        if (deal == null || deal.isBlank()) {
            throw new InvalidValueException("deal", "which deal's orders? ?deal=<deal id>");
        }
        io.tenantcrm.core.deal.DealId dealId;
        try {
            dealId = new io.tenantcrm.core.deal.DealId(UUID.fromString(deal.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("deal", deal);
        }
        return unitOfWork.inTransaction(() -> {
            if (!visible(dealId)) {
                throw new NotFoundException("deal", deal);
            }
            return orders.ofDeal(caller.tenant(), dealId).stream().map(this::view).toList();
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrder", summary = "One order with its lines, instalments and receipts")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "OrderView")))
    public Response get(@PathParam("id") OrderId id) {
        SalesOrder order = unitOfWork.inTransaction(() -> find(id));
        return Response.ok(view(order)).tag(Versions.tag(order.version())).build();
    }

    @POST
    @Path("{id}/status")
    @Operation(operationId = "advanceOrder", summary = "Move the order on: in-production, shipped, delivered, closed")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "OrderView")))
    public Response advance(@PathParam("id") OrderId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "shipped", value = ApiExamples.ORDER_STATUS))) StatusRequest request) {
        Inputs.requireBody(request);
        return change(id, order -> ordering.advance(order.id(), order.version(), Inputs.required(OrderStatus.class,
                request.status() == null ? null : request.status().strip().toUpperCase(Locale.ROOT).replace('-', '_'),
                "status")));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(operationId = "cancelOrder", summary = "Cancel the order before delivery, with a reason")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "OrderView")))
    public Response cancel(@PathParam("id") OrderId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "with its reason", value = ApiExamples.ORDER_CANCEL))) CancelRequest request) {
        Inputs.requireBody(request);
        return change(id, order -> ordering.cancel(order.id(), order.version(), request.reason()));
    }

    @POST
    @Path("{id}/payments")
    @Operation(operationId = "recordPayment", summary = "Money received: applied to the instalments earliest due"
            + " first, never over the balance")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "OrderView")))
    public Response receive(@PathParam("id") OrderId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "a deposit by T/T", value = ApiExamples.PAYMENT))) ReceiptRequest request) {
        Inputs.requireBody(request);
        // the order is looked up first: another tenant's is not there, whatever the body says
        return change(id, order -> ordering.receive(order.id(), order.version(), receipt(request)));
    }

    private static Ordering.ReceiptDraft receipt(ReceiptRequest request) {
        if (request.amount() == null) {
            throw new InvalidValueException("amount", "how much came in? {\"amount\": \"3600.00\", \"currency\":"
                    + " \"USD\"}");
        }
        BigDecimal amount;
        try {
            amount = request.amount().amount() == null ? null : new BigDecimal(request.amount().amount().strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount.amount", "'" + request.amount().amount()
                    + "' is not a decimal number");
        }
        LocalDate on = date(request.receivedOn(), "receivedOn");
        PaymentMethod method = Inputs.optional(PaymentMethod.class, request.method() == null ? null
                : request.method().strip().toUpperCase(Locale.ROOT).replace('-', '_'), "method");
        return new Ordering.ReceiptDraft(amount, request.amount().currency(), on, method, request.reference());
    }

    private Response change(OrderId id, Function<SalesOrder, SalesOrder> operation) {
        SalesOrder current = unitOfWork.inTransaction(() -> find(id));
        Versions.requireMatch(headers, current.version());
        SalesOrder changed = operation.apply(current);
        return Response.ok(view(changed)).tag(Versions.tag(changed.version())).build();
    }

    private OrderView view(SalesOrder order) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), configuration.sla(caller.tenant()).hours().zone());
        return OrderView.of(order, today, configuration.paymentGraceDays(caller.tenant()));
    }

    private SalesOrder find(OrderId id) {
        return orders.find(caller.tenant(), id).filter(o -> visible(o.deal()))
                .orElseThrow(() -> new NotFoundException("order", id));
    }

    private boolean visible(io.tenantcrm.core.deal.DealId dealId) {
        Deal deal = deals.find(caller.tenant(), dealId).orElse(null);
        return deal != null && visibility.canSee(RecordType.DEAL, deal.id().toString(), deal.owner());
    }

    private static QuoteId quoteId(String id) {
        try {
            return new QuoteId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("quote", id);
        }
    }

    private static List<PaymentPlan.Share> shares(List<ShareRequest> requests) {
        List<PaymentPlan.Share> shares = new ArrayList<>();
        for (int i = 0; i < (requests == null ? 0 : requests.size()); i++) {
            ShareRequest share = requests.get(i);
            String at = "payments[" + i + "]";
            BigDecimal percent;
            try {
                percent = share.percent() == null ? null : new BigDecimal(share.percent().strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException(at + ".percent", "'" + share.percent() + "' is not a number");
            }
            shares.add(new PaymentPlan.Share(share.label(), percent, date(share.due(), at + ".due")));
        }
        return shares;
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date such as 2026-12-31");
        }
    }
}
