package io.tenantcrm.core.board;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.health.DealHealth;
import io.tenantcrm.core.health.DealHealthRating;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: the pipeline board a manager looks at on Monday: a column per open stage, in the pipeline's order, with
 * the open deals someone may see (their scope is applied in the query, never by filtering what was read), each
 * rated for health, worst first, and each column's count and value per currency.
 */
public final class PipelineBoard {

    private final DealQueries deals;
    private final TenantConfiguration configuration;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PipelineBoard(DealQueries deals, TenantConfiguration configuration, UnitOfWork unitOfWork, Clock clock) {
        this.deals = Objects.requireNonNull(deals, "deals");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A deal on the board with its health (each signal explains itself). */
    public record Card(Deal deal, DealHealthRating health) {
    }

    /** One open stage: its deals, worst health first, and their value per currency. */
    public record Column(Stage stage, List<Card> cards, List<Money> value) {

        public Column {
            cards = List.copyOf(cards);
            value = List.copyOf(value);
        }
    }

    public record Board(List<Column> columns) {

        public Board {
            columns = List.copyOf(columns);
        }
    }

    public Board of(TenantId tenant, RecordScope scope) {
        return unitOfWork.inTransaction(() -> {
            Pipeline pipeline = configuration.pipeline(tenant);
            DealHealth health = new DealHealth(configuration.health(tenant));
            Instant now = clock.instant();
            List<Deal> open = scope.wholeTenant() ? deals.openDeals(tenant)
                    : deals.openDealsOwnedBy(tenant, scope.owners());
            List<Column> columns = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                if (stage.kind() != StageKind.OPEN) {
                    continue;
                }
                List<Card> cards = open.stream().filter(deal -> deal.stage().equals(stage.id()))
                        .map(deal -> new Card(deal, health.rate(deal, stage, now)))
                        .sorted(Comparator.comparing((Card card) -> card.health().color()).reversed()
                                .thenComparing(card -> card.deal().createdAt()))
                        .toList();
                columns.add(new Column(stage, cards, valueOf(cards)));
            }
            return new Board(columns);
        });
    }

    private static List<Money> valueOf(List<Card> cards) {
        Map<String, Money> byCurrency = new LinkedHashMap<>();
        for (Card card : cards) {
            Money amount = card.deal().amount();
            if (amount != null) {
                byCurrency.merge(amount.currency().getCurrencyCode(), amount, Money::plus);
            }
        }
        return List.copyOf(byCurrency.values());
    }
}
