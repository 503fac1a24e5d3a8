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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tenant's lead-scoring model: weighted rules, grade bands and the score from which a lead should be converted
 * now rather than nurtured. The score is {@code 100 * points earned / points possible}, rounded, so weights can be
 * tuned freely.
 */
public record ScoringModel(List<ScoringRule> rules, int gradeA, int gradeB, int gradeC, int convertFrom) {

    public ScoringModel {
        rules = List.copyOf(rules);
        if (rules.isEmpty() || rules.stream().mapToInt(ScoringRule::maxPoints).sum() <= 0) {
            throw new IllegalArgumentException("a scoring model needs rules that can give points");
        }
        if (!(100 >= gradeA && gradeA > gradeB && gradeB > gradeC && gradeC > 0)) {
            throw new IllegalArgumentException("grade bands must satisfy 100 >= A > B > C > 0");
        }
        if (convertFrom < 0 || convertFrom > 100) {
            throw new IllegalArgumentException("the conversion threshold must be 0-100");
        }
    }

    /**
     * The default model, from the brief: clarity of need and buying stage weigh most, then volume and frequency,
     * acceptable terms, responsiveness, and fit. Grades A >= 75, B >= 50, C >= 25; convert from 60.
     *
     * @param targetCountries where the tenant sells (empty: no country fit rule)
     * @param productLines    what it sells (empty: no product fit rule)
     */
    public static ScoringModel defaults(Set<CountryCode> targetCountries, Set<String> productLines) {
        List<ScoringRule> rules = new ArrayList<>(List.of(
                PointsByAnswer.of("need clarity", "needClarity", NeedClarity.class,
                        s -> s.answers().needClarity(),
                        NeedClarity.SPECS_OR_DRAWINGS, 20, NeedClarity.DETAILED_REQUIREMENTS, 14,
                        NeedClarity.GENERAL_INTEREST, 6, NeedClarity.PRICE_ONLY, 0),
                PointsByAnswer.of("buying stage", "buyingStage", BuyingStage.class,
                        s -> s.answers().buyingStage(),
                        BuyingStage.MASS_PRODUCTION, 20, BuyingStage.SAMPLING, 16,
                        BuyingStage.COMPARING_SUPPLIERS, 10, BuyingStage.RESEARCHING, 3),
                PointsByAnswer.of("volume", "volume", VolumeBand.class, s -> s.answers().volume(),
                        VolumeBand.LARGE, 15, VolumeBand.MEDIUM, 9, VolumeBand.SMALL, 3),
                PointsByAnswer.of("frequency", "frequency", PurchaseFrequency.class, s -> s.answers().frequency(),
                        PurchaseFrequency.RECURRING, 5, PurchaseFrequency.OCCASIONAL, 3, PurchaseFrequency.ONE_OFF, 1),
                new AcceptableTerms<>("payment terms", "requestedPaymentTerms",
                        s -> s.answers().requestedPaymentTerms(),
                        Set.of(PaymentTerms.TT_IN_ADVANCE, PaymentTerms.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT,
                                PaymentTerms.LETTER_OF_CREDIT, PaymentTerms.DOCUMENTS_AGAINST_PAYMENT,
                                PaymentTerms.CASH_IN_ADVANCE_ONLINE), 10, 4),
                new AcceptableTerms<>("trade terms", "requestedTradeTerms", s -> s.answers().requestedTradeTerms(),
                        Set.of(Incoterm.EXW, Incoterm.FCA, Incoterm.FOB, Incoterm.CFR, Incoterm.CIF), 5, 2),
                new Responsiveness(Duration.ofHours(24), Duration.ofHours(72), 10),
                new FitRule<>("company type fit", "companyType",
                        s -> s.answers().companyType() == CompanyType.UNKNOWN ? null : s.answers().companyType(),
                        Set.of(CompanyType.MANUFACTURER, CompanyType.DISTRIBUTOR), 5)));
        if (!targetCountries.isEmpty()) {
            rules.add(new FitRule<>("country fit", "country", LeadSignals::country, targetCountries, 5));
        }
        if (!productLines.isEmpty()) {
            rules.add(new FitRule<>("product line fit", "productLine", s -> s.answers().productLine(),
                    productLines, 5));
        }
        return new ScoringModel(rules, 75, 50, 25, 60);
    }

    public LeadScore score(LeadSignals lead) {
        List<RuleHit> hits = new ArrayList<>(rules.size());
        int earned = 0;
        int possible = 0;
        for (ScoringRule rule : rules) {
            RuleHit hit = rule.evaluate(lead);
            hits.add(hit);
            earned += hit.points();
            possible += rule.maxPoints();
        }
        int score = Math.round(100f * earned / possible);
        Grade grade = score >= gradeA ? Grade.A : score >= gradeB ? Grade.B : score >= gradeC ? Grade.C : Grade.D;
        LeadScore.Recommendation recommendation = score >= convertFrom
                ? LeadScore.Recommendation.CONVERT_NOW : LeadScore.Recommendation.NURTURE;
        return new LeadScore(score, grade, recommendation, hits);
    }

    /** Scores a lead from its recorded answers alone (no reply statistics). */
    public LeadScore score(Qualification answers, CountryCode country) {
        return score(new LeadSignals(answers, country, null, 0));
    }
}
