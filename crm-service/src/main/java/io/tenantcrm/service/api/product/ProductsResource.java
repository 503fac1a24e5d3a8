package io.tenantcrm.service.api.product;

import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json.MoneyJson;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.security.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant's catalogue: everyone reads it to quote; its admins keep it. */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ProductsResource {

    @Inject
    ProductCatalogue catalogue;

    @Inject
    ProductRepository products;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** A price in one currency: list, and optionally the floor and the unit cost (amounts as text). */
    public record PriceJson(String currency, String list, String floor, String unitCost) {
    }

    public record ProductRequest(String sku, String name, String unit, List<PriceJson> prices, Boolean active) {
    }

    public record ProductView(String id, String sku, String name, String unit, List<PriceJson> prices,
                              boolean active) {
        static ProductView of(Product p) {
            return new ProductView(p.id().toString(), p.sku().value(), p.name(), p.unit(), p.prices().values().stream()
                    .map(price -> new PriceJson(price.currency().getCurrencyCode(), price.list().amount()
                            .toPlainString(), price.floor() == null ? null : price.floor().amount().toPlainString(),
                            price.unitCost() == null ? null : price.unitCost().amount().toPlainString())).toList(),
                    p.active());
        }
    }

    @GET
    @Operation(operationId = "listProducts", summary = "The catalogue by SKU; ?inactive=true lists retired products too")
    public List<ProductView> list(@QueryParam("inactive") boolean inactive) {
        return catalogue.list(inactive).stream().map(ProductView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Operation(operationId = "addProduct", summary = "Add a product (admins): a SKU of its own, a price per currency")
    @APIResponse(responseCode = "201", description = "Created; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ProductView")))
    public Response add(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "a valve with a USD price", value = ApiExamples.PRODUCT))) ProductRequest request) {
        Inputs.requireBody(request);
        Product product = catalogue.add(draft(request));
        return Response.created(uri.getAbsolutePathBuilder().path(product.id().toString()).build())
                .entity(ProductView.of(product)).tag(Versions.tag(product.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Operation(operationId = "editProduct", summary = "Replace a product's fields (admins); If-Match its ETag")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ProductView")))
    public Response edit(@PathParam("id") String id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "the valve repriced", value = ApiExamples.PRODUCT))) ProductRequest request) {
        Inputs.requireBody(request);
        ProductId productId;
        try {
            productId = new ProductId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("product", id);
        }
        Product current = unitOfWork.inTransaction(() -> products.find(caller.tenant(), productId))
                .orElseThrow(() -> new NotFoundException("product", id));
        Versions.requireMatch(headers, current.version());
        Product edited = catalogue.edit(productId, current.version(), draft(request));
        return Response.ok(ProductView.of(edited)).tag(Versions.tag(edited.version())).build();
    }

    private static Product.Draft draft(ProductRequest request) {
        List<ProductPrice> prices = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        List<PriceJson> given = request.prices() == null ? List.of() : request.prices();
        for (int i = 0; i < given.size(); i++) {
            PriceJson price = given.get(i);
            String at = "prices[" + i + "]";
            try {
                prices.add(new ProductPrice(money(price.list(), price.currency(), at + ".list"),
                        price.floor() == null ? null : money(price.floor(), price.currency(), at + ".floor"),
                        price.unitCost() == null ? null : money(price.unitCost(), price.currency(), at + ".unitCost")));
            } catch (RuleViolationException e) {
                problems.addAll(e.violations());
            } catch (io.tenantcrm.core.shared.InvalidValueException e) {
                problems.add(e.violation());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new Product.Draft(request.sku(), request.name(), request.unit(), prices,
                request.active() == null || request.active());
    }

    private static io.tenantcrm.core.shared.Money money(String amount, String currency, String field) {
        return new MoneyJson(amount, currency).toMoney(field);
    }
}
