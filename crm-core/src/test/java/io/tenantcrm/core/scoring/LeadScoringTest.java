package io.tenantcrm.core.scoring;

import io.tenantcrm.core.lead.BuyingStage;
import io.tenantcrm.core.lead.CompanyType;
import io.tenantcrm.core.lead.NeedClarity;
import io.tenantcrm.core.lead.PurchaseFrequency;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.lead.VolumeBand;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.tenantcrm.core.scoring.LeadScore.Recommendation.CONVERT_NOW;
import static io.tenantcrm.core.scoring.LeadScore.Recommendation.NURTURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadScoringTest {

    static final ScoringModel DEFAULT = ScoringModel.defaults(Set.of(), Set.of());

    static Qualification answers(NeedClarity need, BuyingStage stage, VolumeBand volume, PurchaseFrequency frequency,
                                 PaymentTerms payment, Incoterm trade, CompanyType type) {
        return new Qualification(need, stage, volume, frequency, payment, trade, type, null);
    }

    @Test
    void a_lead_with_drawings_in_mass_production_who_answers_fast_scores_100_and_converts_now() {
        LeadScore score = DEFAULT.score(new LeadSignals(answers(NeedClarity.SPECS_OR_DRAWINGS,
                BuyingStage.MASS_PRODUCTION, VolumeBand.LARGE, PurchaseFrequency.RECURRING,
                PaymentTerms.LETTER_OF_CREDIT, Incoterm.FOB, CompanyType.MANUFACTURER), CountryCode.of("DE"),
                Duration.ofHours(12), 3));

        assertThat(score.score()).isEqualTo(100);
        assertThat(score.grade()).isEqualTo(Grade.A);
        assertThat(score.recommendation()).isEqualTo(CONVERT_NOW);
        assertThat(score.explain()).isEqualTo("100/100 (A, convert now): "
                + "need clarity: needClarity=SPECS_OR_DRAWINGS -> 20/20; "
                + "buying stage: buyingStage=MASS_PRODUCTION -> 20/20; "
                + "volume: volume=LARGE -> 15/15; "
                + "frequency: frequency=RECURRING -> 5/5; "
                + "payment terms: requestedPaymentTerms=LETTER_OF_CREDIT (acceptable) -> 10/10; "
                + "trade terms: requestedTradeTerms=FOB (acceptable) -> 5/5; "
                + "responsiveness: median reply 12 h over 3 replies (<= 24 h) -> 10/10; "
                + "company type fit: companyType=MANUFACTURER (target) -> 5/5");
    }

    @Test
    void a_lead_nobody_has_qualified_yet_scores_low_and_is_nurtured_but_explained() {
        LeadScore score = DEFAULT.score(Qualification.unknown(), CountryCode.of("DE"));

        assertThat(score.score()).isEqualTo(7); // only "terms not stated" partial points: 6 of 90
        assertThat(score.grade()).isEqualTo(Grade.D);
        assertThat(score.recommendation()).isEqualTo(NURTURE);
        assertThat(score.hits()).hasSize(8);
        assertThat(score.hits()).filteredOn(RuleHit::fired).extracting(RuleHit::rule)
                .containsExactly("payment terms", "trade terms");
        assertThat(score.hits().get(6).input()).isEqualTo("no reply yet");
        assertThat(score.hits()).extracting(h -> h.said().code()).as("every input also said as a code")
                .containsExactly("answer", "answer", "answer", "answer", "not-stated", "not-stated", "no-reply",
                        "unknown");
    }

    @Test
    void sixty_converts_and_fifty_nine_is_nurtured() {
        // 54 of 90 points = 60
        LeadScore sixty = DEFAULT.score(answers(NeedClarity.SPECS_OR_DRAWINGS, BuyingStage.SAMPLING, VolumeBand.MEDIUM,
                PurchaseFrequency.OCCASIONAL, null, null, null), null);
        assertThat(sixty.score()).isEqualTo(60);
        assertThat(sixty.recommendation()).isEqualTo(CONVERT_NOW);
        assertThat(sixty.grade()).isEqualTo(Grade.B);

        // 53 of 90 points = 58.9 -> 59
        LeadScore fiftyNine = DEFAULT.score(answers(NeedClarity.SPECS_OR_DRAWINGS, BuyingStage.SAMPLING,
                VolumeBand.MEDIUM, PurchaseFrequency.OCCASIONAL, PaymentTerms.OPEN_ACCOUNT, Incoterm.FOB, null), null);
        assertThat(fiftyNine.score()).isEqualTo(59);
        assertThat(fiftyNine.recommendation()).isEqualTo(NURTURE);
        assertThat(fiftyNine.hits().get(4).input()).isEqualTo("requestedPaymentTerms=OPEN_ACCOUNT (not acceptable)");
        assertThat(fiftyNine.hits().get(4).said()).isEqualTo(new io.tenantcrm.core.shared.Wording("not-acceptable",
                java.util.Map.of("field", "requestedPaymentTerms", "value", "OPEN_ACCOUNT")));
    }

    /** A model whose points add up to 100, so each score below is exactly the points given. */
    static final ScoringModel HUNDRED = new ScoringModel(List.of(
            PointsByAnswer.of("need", "needClarity", NeedClarity.class, s -> s.answers().needClarity(),
                    NeedClarity.SPECS_OR_DRAWINGS, 75, NeedClarity.DETAILED_REQUIREMENTS, 74,
                    NeedClarity.GENERAL_INTEREST, 50, NeedClarity.PRICE_ONLY, 49),
            PointsByAnswer.of("stage", "buyingStage", BuyingStage.class, s -> s.answers().buyingStage(),
                    BuyingStage.MASS_PRODUCTION, 25, BuyingStage.SAMPLING, 24)), 75, 50, 25, 60);

    @ParameterizedTest(name = "{0} + {1} = {2} -> grade {3}")
    @CsvSource({
            "SPECS_OR_DRAWINGS, UNKNOWN, 75, A",
            "DETAILED_REQUIREMENTS, UNKNOWN, 74, B",
            "GENERAL_INTEREST, UNKNOWN, 50, B",
            "PRICE_ONLY, UNKNOWN, 49, C",
            "UNKNOWN, MASS_PRODUCTION, 25, C",
            "UNKNOWN, SAMPLING, 24, D",
    })
    void grades_change_exactly_at_their_bands(NeedClarity need, BuyingStage stage, int score, Grade grade) {
        LeadScore result = HUNDRED.score(answers(need, stage, null, null, null, null, null), null);
        assertThat(result.score()).isEqualTo(score);
        assertThat(result.grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "median reply {0} h gives {1} points")
    @CsvSource({"24, 10", "25, 5", "72, 5", "73, 0"})
    void responsiveness_pins_its_thresholds(long hours, int points) {
        RuleHit hit = new Responsiveness(Duration.ofHours(24), Duration.ofHours(72), 10)
                .evaluate(new LeadSignals(null, null, Duration.ofHours(hours), 2));
        assertThat(hit.points()).isEqualTo(points);
    }

    @Test
    void fit_rules_count_only_when_the_tenant_names_its_targets() {
        ScoringModel targeted = ScoringModel.defaults(Set.of(CountryCode.of("DE"), CountryCode.of("PL")),
                Set.of("impellers"));
        Qualification impellers = new Qualification(null, null, null, null, null, null, null, "impellers");

        LeadScore fromGermany = targeted.score(impellers, CountryCode.of("DE"));
        LeadScore fromBrazil = targeted.score(impellers, CountryCode.of("BR"));

        assertThat(fromGermany.hits()).extracting(RuleHit::rule).endsWith("country fit", "product line fit");
        assertThat(fromGermany.hits().get(8).toString()).isEqualTo("country fit: country=DE (target) -> 5/5");
        assertThat(fromBrazil.hits().get(8).toString()).isEqualTo("country fit: country=BR (not a target) -> 0/5");
        assertThat(fromGermany.score()).isGreaterThan(fromBrazil.score());
    }

    @Test
    void a_model_is_checked_when_it_is_built() {
        assertThatThrownBy(() -> new ScoringModel(List.of(), 75, 50, 25, 60)).hasMessageContaining("needs rules");
        assertThatThrownBy(() -> new ScoringModel(HUNDRED.rules(), 50, 75, 25, 60))
                .hasMessageContaining("100 >= A > B > C > 0");
        assertThatThrownBy(() -> new AcceptableTerms<>("x", "y", s -> null, Set.of(), 5, 6))
                .hasMessageContaining("unknownPoints <= points");
    }
}
