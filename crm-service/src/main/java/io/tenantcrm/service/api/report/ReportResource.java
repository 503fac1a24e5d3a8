package io.tenantcrm.service.api.report;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.health.ProcessHealthIndex;
import io.tenantcrm.core.health.ProcessHealthReport;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadQueries;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.report.ContributionReport;
import io.tenantcrm.core.report.LeadSourceReport;
import io.tenantcrm.core.report.StallReport;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What managers look at, over a period ({@code from}/{@code to}, ISO-8601; default the last 28 days): the
 * process-health index of a rep or of several, and the pipeline reports. Every figure comes with its explanation.
 * A manager's reports cover their team (and unassigned leads), an admin's the whole tenant.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    LeadQueries leads;

    @Inject
    DealQueries deals;

    @Inject
    io.tenantcrm.core.activity.ActivityRepository activities;

    @Inject
    io.tenantcrm.core.deal.StageHistory history;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Inject
    Clock clock;

    @Inject
    Ordering ordering;

    @Inject
    ProcessHealthReport processHealth;

    @GET
    @Path("process-health")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(summary = "Process-health index 0-100 of one rep (rep=<user id>, default yourself) or a team"
            + " (rep=a,b,c, or rep=team for your own team); each signal with its value, target and contribution."
            + " Managers see their team, reps their own only.")
    public ProcessHealthView processHealth(@QueryParam("rep") String reps, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        Instant[] period = period(from, to);
        RecordScope scope = visibility.scope();
        Set<UserId> subjects = new HashSet<>();
        if (reps == null || reps.isBlank()) {
            subjects.add(caller.user());
        } else if (reps.strip().equals("team")) {
            if (scope.wholeTenant()) {
                throw new InvalidValueException("rep", "an admin names the reps: rep=<id>,<id>");
            }
            subjects.addAll(scope.owners());
        } else {
            for (String rep : reps.split(",")) {
                subjects.add(UserId.of(rep.strip()));
            }
        }
        if (!subjects.stream().allMatch(scope::covers)) {
            throw new ForbiddenException("a manager sees their team's process health, a rep their own");
        }
        return ProcessHealthView.of(processHealth.of(subjects, period[0], period[1]));
    }

    /** The process-health index of a rep or a team over a period, each signal with its value, target and points. */
    public record ProcessHealthView(String subject, Instant from, Instant to, int index, List<SignalView> signals) {

        /** One signal: its value in the period, the target, whether more is better, its weight and points. */
        public record SignalView(String name, double value, double target, boolean higherIsBetter, int weight,
                                 double contribution, int samples) {
        }

        static ProcessHealthView of(ProcessHealthIndex index) {
            return new ProcessHealthView(index.subject(), index.from(), index.to(), index.index(),
                    index.signals().stream().map(s -> new SignalView(s.name().name(), s.value(), s.target(),
                            s.higherIsBetter(), s.weight(), s.contribution(), s.samples())).toList());
        }
    }

    @GET
    @Path("lead-sources")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Where leads come from: per channel, leads received, qualified and won, with rates")
    public List<LeadSourceReport.Line> leadSources(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] period = period(from, to);
        return unitOfWork.inTransaction(() -> {
            List<Lead> received = leads.receivedBetween(caller.tenant(), period[0], period[1]).stream()
                    .filter(lead -> visibility.scope().covers(lead.owner())).toList();
            Map<DealId, DealStatus> status = new HashMap<>();
            deals.openDeals(caller.tenant()).forEach(d -> status.put(d.id(), d.status()));
            deals.closedBetween(caller.tenant(), period[0], clock.instant().plusSeconds(1))
                    .forEach(d -> status.put(d.id(), d.status()));
            return LeadSourceReport.of(received, status, period[0], period[1]);
        });
    }

    @GET
    @Path("stalls")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Where deals stall: per stage, deals that left it (forward, back, lost), median days"
            + " in it; and the loss reasons")
    public StallsView stalls(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] period = period(from, to);
        RecordScope scope = visibility.scope();
        return StallsView.of(unitOfWork.inTransaction(() -> {
            List<Deal> closed = deals.closedBetween(caller.tenant(), period[0], period[1]).stream()
                    .filter(deal -> scope.covers(deal.owner())).toList();
            var moves = history.between(caller.tenant(), period[0].minus(Duration.ofDays(365)), period[1]);
            if (!scope.wholeTenant()) {
                Set<DealId> inScope = new HashSet<>();
                closed.forEach(deal -> inScope.add(deal.id()));
                deals.openDeals(caller.tenant()).stream().filter(deal -> scope.covers(deal.owner()))
                        .forEach(deal -> inScope.add(deal.id()));
                moves = moves.stream().filter(move -> inScope.contains(move.deal())).toList();
            }
            return StallReport.of(configuration.pipeline(caller.tenant()), moves, closed, period[0], period[1]);
        }));
    }

    /** Where deals stall, with stages named by their keys. */
    public record StallsView(List<Stage> stages, List<StallReport.LossLine> losses) {
        public record Stage(String stage, String name, int left, int forward, int back, int lost,
                            double conversionRate, double medianDaysInStage) {
        }

        static StallsView of(StallReport.Result result) {
            return new StallsView(result.stages().stream().map(s -> new Stage(s.stage().value(), s.name(), s.left(),
                    s.forward(), s.back(), s.lost(), s.conversionRate(), s.medianDaysInStage())).toList(),
                    result.losses());
        }
    }

    @GET
    @Path("contributions")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Who contributes: per seller, first-response time, follow-up density, won amount")
    public List<ContributionView> contributions(@QueryParam("from") String from,
                                                        @QueryParam("to") String to) {
        Instant[] period = period(from, to);
        return unitOfWork.inTransaction(() -> {
            List<Deal> book = new java.util.ArrayList<>(deals.openDeals(caller.tenant()));
            book.addAll(deals.closedBetween(caller.tenant(), period[0], period[1]));
            return ContributionReport.of(leads.receivedBetween(caller.tenant(), period[0], period[1]),
                    activities.between(caller.tenant(), period[0], period[1]), book, period[0], period[1])
                    .stream().filter(line -> visibility.scope().covers(line.seller()))
                    .map(ContributionView::of).toList();
        });
    }

    @GET
    @Path("order-chain")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(summary = "Quote to cash over a period (default the last 28 days): quotes started that became orders,"
            + " each rep's average discount and margin, days from order to paid in full, money overdue by age",
            description = "Over the records the caller sees: a manager's team and their own, a rep's own, an admin's"
                    + " whole tenant. Money per currency, as decimal text; overdue as of today in the tenant's zone.")
    public OrderChainView orderChain(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant[] period = period(from, to);
        RecordScope scope = visibility.scope();
        return OrderChainView.of(ordering.chainReport(period[0], period[1], scope::covers));
    }

    /** The chain report as JSON: rates and percentages as numbers, money as decimal text per currency. */
    public record OrderChainView(Instant from, Instant to, java.time.LocalDate today, QuoteConversionView conversion,
                                 List<RepTermsView> terms, CycleView paymentCycle, List<OverdueView> overdue) {

        public record QuoteConversionView(int quotesSent, int ordered, double rate) {
        }

        public record RepTermsView(String rep, int versionsSent, java.math.BigDecimal averageDiscountPercent,
                                   java.math.BigDecimal averageMarginPercent, int marginUnknown) {
        }

        public record CycleView(int paidInFull, double medianDays) {
        }

        public record OverdueView(String currency, String upTo7Days, String from8To30Days, String from31To60Days,
                                  String over60Days, String total) {
        }

        static OrderChainView of(io.tenantcrm.core.report.OrderChainReport.Summary s) {
            return new OrderChainView(s.from(), s.to(), s.today(),
                    new QuoteConversionView(s.conversion().quotesSent(), s.conversion().ordered(), s.conversion().rate()),
                    s.terms().stream().map(t -> new RepTermsView(t.rep().value(), t.versionsSent(),
                            t.averageDiscount(), t.averageMargin(), t.marginUnknown())).toList(),
                    new CycleView(s.paymentCycle().paidInFull(), s.paymentCycle().medianDays()),
                    s.overdue().stream().map(o -> new OverdueView(o.currency().getCurrencyCode(),
                            o.upTo7().amount().toPlainString(), o.from8To30().amount().toPlainString(),
                            o.from31To60().amount().toPlainString(), o.over60().amount().toPlainString(),
                            o.total().amount().toPlainString())).toList());
        }
    }

    /** One seller's contribution; won amounts per currency code, as text. */
    public record ContributionView(String seller, int leadsOwned, int leadsAnswered, double medianFirstResponseHours,
                                   double touchesPerOpenDealPerWeek, Map<String, String> wonAmount) {
        static ContributionView of(ContributionReport.Line line) {
            Map<String, String> won = new java.util.TreeMap<>();
            line.wonAmount().forEach((currency, amount) -> won.put(currency.getCurrencyCode(), amount.toPlainString()));
            return new ContributionView(line.seller().value(), line.leadsOwned(), line.leadsAnswered(),
                    line.medianFirstResponseHours(), line.touchesPerOpenDealPerWeek(), won);
        }
    }

    private Instant[] period(String from, String to) {
        Function<String, Instant> parse = text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidValueException(text.equals(from) ? "from" : "to", "must be an ISO-8601 instant");
            }
        };
        Instant end = to == null ? clock.instant() : parse.apply(to);
        Instant start = from == null ? end.minus(Duration.ofDays(28)) : parse.apply(from);
        if (!start.isBefore(end)) {
            throw new InvalidValueException("from", "must be before to");
        }
        return new Instant[] {start, end};
    }
}
