package io.tenantcrm.bench.dedupe;

import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateFinder;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.MatchRules;
import io.tenantcrm.core.dedupe.ValueFrequencies;
import io.tenantcrm.matching.NameMatching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Three models judged on the same {@link HardCases}: crm-core's match model (as the service runs it: ICU
 * romanization, the set's own name frequencies), the wave-1 model it replaced ({@link KeyUnionModel}) and Duke
 * ({@link DukeModel}). For each: how precise "sure" is, how many true pairs are sure, how many are at least flagged
 * as possible, and the pairwise F1 of "sure"; and per case, how many pairs each got wrong. Run with
 * {@code java -cp crm-bench/target/benchmarks.jar io.tenantcrm.bench.dedupe.MatchEvaluation [perCase] [seed]}.
 */
public final class MatchEvaluation {

    /** What a model says of a pair. */
    public enum Verdict { NONE, POSSIBLE, SURE }

    /** A model under test: a verdict for every pair of the set. */
    public interface Model {
        String name();

        Verdict judge(Candidate first, Candidate second);
    }

    /** One model's result on one set. */
    public record Result(String model, int pairs, int truePairs, double surePrecision, double sureRecall,
                         double flaggedRecall, double flaggedPrecision, Map<String, Integer> wrongByCase) {

        /** Pairwise F1 of "sure" against the truth. */
        public double f1() {
            return f1(surePrecision, sureRecall);
        }

        /** Pairwise F1 of "flagged" (sure or possible) against the truth. */
        public double flaggedF1() {
            return f1(flaggedPrecision, flaggedRecall);
        }

        private static double f1(double precision, double recall) {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-22s sure: precision %.3f recall %.3f F1 %.3f | flagged (sure or"
                            + " possible): precision %.3f recall %.3f F1 %.3f | wrong by case %s", model,
                    surePrecision, sureRecall, f1(), flaggedPrecision, flaggedRecall, flaggedF1(), wrongByCase);
        }
    }

    private MatchEvaluation() {
    }

    /** crm-core's model with the names and frequencies the service would use on a tenant holding these records. */
    public static Model crmCore(List<HardCases.Pair> set) {
        List<Candidate> all = new ArrayList<>();
        set.forEach(pair -> {
            all.add(pair.first());
            all.add(pair.second());
        });
        DuplicateFinder finder = new DuplicateFinder(MatchRules.defaults(), new NameMatching(),
                ValueFrequencies.of(all));
        return model("crm-core match model", (a, b) -> verdict(finder.compare(a, b)));
    }

    static Verdict verdict(Optional<DuplicatePair> pair) {
        return pair.map(p -> p.sure() ? Verdict.SURE : Verdict.POSSIBLE).orElse(Verdict.NONE);
    }

    static Model model(String name, java.util.function.BiFunction<Candidate, Candidate, Verdict> judge) {
        return new Model() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Verdict judge(Candidate first, Candidate second) {
                return judge.apply(first, second);
            }
        };
    }

    public static Result evaluate(Model model, List<HardCases.Pair> set) {
        int truePairs = 0;
        int sure = 0;
        int sureRight = 0;
        int flagged = 0;
        int flaggedRight = 0;
        int trueFlagged = 0;
        Map<String, Integer> wrong = new TreeMap<>();
        for (HardCases.Pair pair : set) {
            Verdict verdict = model.judge(pair.first(), pair.second());
            truePairs += pair.same() ? 1 : 0;
            if (verdict == Verdict.SURE) {
                sure++;
                sureRight += pair.same() ? 1 : 0;
            }
            if (verdict != Verdict.NONE) {
                flagged++;
                flaggedRight += pair.same() ? 1 : 0;
                trueFlagged += pair.same() ? 1 : 0;
            }
            // a true pair is missed when not sure; a false one is wrong when called sure
            boolean isWrong = pair.same() ? verdict != Verdict.SURE : verdict == Verdict.SURE;
            if (isWrong) {
                wrong.merge(pair.kind(), 1, Integer::sum);
            }
        }
        return new Result(model.name(), set.size(), truePairs, sure == 0 ? 1 : (double) sureRight / sure,
                (double) sureRight / truePairs, (double) trueFlagged / truePairs,
                flagged == 0 ? 1 : (double) flaggedRight / flagged, wrong);
    }

    /** The three models on one seed's set. */
    public static List<Result> compare(long seed, int perCase) {
        List<HardCases.Pair> set = HardCases.generate(seed, perCase);
        List<Function<List<HardCases.Pair>, Model>> models = List.of(MatchEvaluation::crmCore,
                s -> KeyUnionModel.create(), s -> DukeModel.create());
        return models.stream().map(make -> evaluate(make.apply(set), set)).toList();
    }

    public static void main(String[] args) {
        int perCase = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261206L;
        System.out.printf(Locale.ROOT, "hard cases, seed %d, %d pairs of each of 12 cases%n", seed, perCase);
        compare(seed, perCase).forEach(System.out::println);
    }
}
