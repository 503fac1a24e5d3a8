package io.tenantcrm.bench;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded, realistic-looking book of open deals: spread over the open stages of the default pipeline, 50 owners,
 * 20 countries, three currencies, activity up to 30 days old, a fifth of next steps overdue. Same seed, same deals.
 */
final class SyntheticDeals {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private SyntheticDeals() {
    }

    static List<Deal> generate(int count, long seed) {
        Random random = new Random(seed);
        Pipeline pipeline = Pipeline.defaultB2bExport();
        List<Stage> open = pipeline.stages().stream().filter(Stage::isOpen).toList();
        String[] countries = {"DE", "FR", "IT", "ES", "PL", "NL", "GB", "US", "CA", "MX", "BR", "CN", "JP", "KR",
                "IN", "VN", "TR", "AE", "SA", "ZA"};
        String[] currencies = {"USD", "EUR", "CNY"};
        String[] products = {"valves", "pumps", "impellers", "fittings", "seals"};
        SourceChannel[] sources = SourceChannel.values();
        TenantId tenant = TenantId.of("bench");
        List<Deal> deals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Stage stage = open.get(random.nextInt(open.size()));
            Instant lastActivity = NOW.minusSeconds(random.nextInt(30 * 86_400));
            Instant stageEntered = lastActivity.minusSeconds(random.nextInt(40 * 86_400));
            Instant due = random.nextInt(5) == 0 ? NOW.minusSeconds(random.nextInt(7 * 86_400))
                    : NOW.plusSeconds(1 + random.nextInt(3 * 86_400));
            Money amount = random.nextInt(10) == 0 ? null
                    : Money.of(java.math.BigDecimal.valueOf(1_000 + random.nextInt(500_000)),
                    currencies[random.nextInt(currencies.length)]);
            LocalDate close = random.nextInt(8) == 0 ? null : LocalDate.of(2026, 6, 1).plusDays(random.nextInt(180));
            deals.add(new Deal(tenant, new DealId(new UUID(random.nextLong(), random.nextLong())), 1, "Deal " + i,
                    new AccountId(new UUID(random.nextLong(), random.nextLong())), null, amount, close,
                    products[random.nextInt(products.length)], null, null, sources[random.nextInt(sources.length)],
                    CountryCode.of(countries[random.nextInt(countries.length)]), pipeline.id(), stage.id(),
                    DealStatus.OPEN, stageEntered, UserId.of("rep-" + random.nextInt(50)),
                    new NextStep("Follow up", due), null, random.nextInt(20) == 0 ? 90 : null,
                    stageEntered.minus(Duration.ofDays(3)), lastActivity));
        }
        return deals;
    }
}
