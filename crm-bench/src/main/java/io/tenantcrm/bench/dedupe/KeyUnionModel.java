package io.tenantcrm.bench.dedupe;

import io.tenantcrm.core.dedupe.MatchKeys;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wave-1 model, kept here only to be measured against: each shared key's weight combined as independent
 * evidence, 1 - (1-a)(1-b)..., nothing that disagrees counting, digits dropped from person's names, sure from 0.85
 * and possible from 0.6 (the code of crm-core's DuplicateFinder and MatchRules before the match model).
 */
final class KeyUnionModel {

    private static final double MAILBOX = 1.0;
    private static final double PHONE = 0.9;
    private static final double PERSON = 0.75;
    private static final double WEBSITE = 0.45;
    private static final double EMAIL_DOMAIN = 0.4;
    private static final double SIMILAR_NAME = 0.45;
    private static final double NAME_THRESHOLD = 0.88;
    private static final double SURE = 0.85;
    private static final double POSSIBLE = 0.6;

    private KeyUnionModel() {
    }

    static MatchEvaluation.Model create() {
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        return MatchEvaluation.model("wave-1 key union", (a, b) -> {
            double unlikely = 1.0;
            boolean any = false;
            for (Object[] key : new Object[][] {{(Function<MatchKeys, String>) MatchKeys::mailbox, MAILBOX},
                {(Function<MatchKeys, String>) MatchKeys::phone, PHONE},
                {(Function<MatchKeys, String>) k -> withoutDigits(k.personName()), PERSON},
                {(Function<MatchKeys, String>) MatchKeys::websiteDomain, WEBSITE},
                {(Function<MatchKeys, String>) MatchKeys::emailDomain, EMAIL_DOMAIN}}) {
                @SuppressWarnings("unchecked")
                Function<MatchKeys, String> of = (Function<MatchKeys, String>) key[0];
                String value = of.apply(a.keys());
                if (value != null && !value.isEmpty() && Objects.equals(value, of.apply(b.keys()))) {
                    unlikely *= 1 - (double) key[1];
                    any = true;
                }
            }
            String nameA = a.keys().companyName();
            String nameB = b.keys().companyName();
            if (nameA != null && nameB != null) {
                double alike = nameA.equals(nameB) ? 1.0 : jaroWinkler.apply(nameA, nameB);
                if (alike >= NAME_THRESHOLD) {
                    unlikely *= 1 - SIMILAR_NAME * alike;
                    any = true;
                }
            }
            double score = 1 - unlikely;
            return !any || score < POSSIBLE ? MatchEvaluation.Verdict.NONE
                    : score >= SURE ? MatchEvaluation.Verdict.SURE : MatchEvaluation.Verdict.POSSIBLE;
        });
    }

    /** Wave 1 read a person's name as letters only: "Buyer 12" was "buyer". */
    private static String withoutDigits(String person) {
        if (person == null) {
            return null;
        }
        return Arrays.stream(person.replaceAll("\\p{N}+", " ").trim().split(" +")).filter(w -> !w.isEmpty())
                .sorted().collect(Collectors.joining(" "));
    }
}
