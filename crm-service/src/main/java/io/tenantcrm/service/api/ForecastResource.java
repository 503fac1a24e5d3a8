package io.tenantcrm.service.api;

import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.forecast.ForecastDimension;
import io.tenantcrm.core.forecast.ForecastReport;
import io.tenantcrm.core.forecast.WeightedForecast;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Locale;

/** What is coming: the weighted forecast of the manager's team, or of the whole tenant for admins. */
@Path("/forecast")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
public class ForecastResource {

    @Inject
    DealQueries deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    public record ForecastView(String by, List<Line> lines) {
        public record Line(String group, String currency, int deals, String total, String weighted,
                           int dealsWithoutAmount) {
        }
    }

    @GET
    @Operation(summary = "Open amounts weighted by win probability, one line per group and currency",
            description = "by = close-month (default), owner, source, country, product-line or category")
    public ForecastView forecast(@QueryParam("by") @DefaultValue("close-month") String by) {
        ForecastDimension dimension;
        try {
            dimension = ForecastDimension.valueOf(by.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("by", "must be close-month, owner, team, source, country, product-line"
                    + " or category");
        }
        ForecastReport report = unitOfWork.inTransaction(() -> new WeightedForecast(
                List.of(configuration.pipeline(caller.tenant())), owner -> null)
                .build(deals.openDeals(caller.tenant()).stream()
                        .filter(deal -> visibility.scope().covers(deal.owner())).toList(), dimension));
        return new ForecastView(by, report.lines().stream().map(l -> new ForecastView.Line(l.group(),
                l.currency() == null ? null : l.currency().getCurrencyCode(), l.deals(), l.total().toPlainString(),
                l.weighted().toPlainString(), l.dealsWithoutAmount())).toList());
    }
}
