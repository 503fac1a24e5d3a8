package io.tenantcrm.bench;

import io.tenantcrm.core.dedupe.DuplicateFinder;
import io.tenantcrm.core.dedupe.MatchRules;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the whole-tenant scan on the seeded, labelled data set: a pair of records counts as found
 * when the scan puts both in one cluster, and as true when both are the same person. Run at scale with
 * {@code java -cp crm-bench/target/benchmarks.jar io.tenantcrm.bench.DuplicateQuality <people> [seed]}.
 */
public record DuplicateQuality(long seed, int records, long truePairs, double precision, double recall) {

    public double f1() {
        return 2 * precision * recall / (precision + recall);
    }

    public static DuplicateQuality measure(long seed, int people) {
        List<SyntheticCustomers.Labelled> data = SyntheticCustomers.generate(seed, people);
        Map<String, Integer> personOf = new HashMap<>();
        Map<Integer, Integer> recordsOf = new HashMap<>();
        data.forEach(labelled -> {
            personOf.put(labelled.candidate().id(), labelled.person());
            recordsOf.merge(labelled.person(), 1, Integer::sum);
        });
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        List<Set<String>> clusters = new DuplicateFinder(MatchRules.defaults(), jaroWinkler::apply)
                .clusters(data.stream().map(SyntheticCustomers.Labelled::candidate).toList());
        long found = 0;
        long truePositives = 0;
        for (Set<String> cluster : clusters) {
            List<String> ids = List.copyOf(cluster);
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    found++;
                    if (personOf.get(ids.get(i)).equals(personOf.get(ids.get(j)))) {
                        truePositives++;
                    }
                }
            }
        }
        long truePairs = recordsOf.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        return new DuplicateQuality(seed, data.size(), truePairs, (double) truePositives / found,
                (double) truePositives / truePairs);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "duplicate detection, seed %d, %d records, %d true pairs: precision %.3f,"
                + " recall %.3f, F1 %.3f", seed, records, truePairs, precision, recall, f1());
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        System.out.println(measure(seed, people));
    }
}
