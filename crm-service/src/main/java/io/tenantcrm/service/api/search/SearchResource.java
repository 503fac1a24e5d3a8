package io.tenantcrm.service.api.search;

import io.tenantcrm.core.search.Search;
import io.tenantcrm.core.search.SearchHit;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/** Search over the leads, accounts and contacts the caller may see. */
@Path("/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class SearchResource {

    @Inject
    Search search;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    /** One record found; {@code owner} is absent for an unassigned lead, {@code accountId} is a contact's account. */
    public record HitView(String type, String id, String title, String detail, String owner, String accountId) {
        static HitView of(SearchHit hit) {
            return new HitView(hit.type().name().toLowerCase(Locale.ROOT), hit.id(), hit.title(), hit.detail(),
                    hit.owner() == null ? null : hit.owner().value(), hit.account());
        }
    }

    @GET
    @Operation(operationId = "search", summary = "Leads (not yet converted), accounts and contacts whose name,"
            + " company or email holds q, or whose phone holds its digits (at least 4); at most 10 of each, accounts"
            + " first; only what the caller may see. 422 naming q under 2 characters.")
    public List<HitView> find(@QueryParam("q") String q) {
        return search.find(caller.tenant(), q, visibility.scope()).stream().map(HitView::of).toList();
    }
}
