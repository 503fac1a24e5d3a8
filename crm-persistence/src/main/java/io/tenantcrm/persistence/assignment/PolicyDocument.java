package io.tenantcrm.persistence.assignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.assignment.AssignmentRule;
import io.tenantcrm.core.assignment.AssignmentTarget;
import io.tenantcrm.core.assignment.SalesPool;
import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link AssignmentPolicy} as the JSON document stored in {@code assignment_policy}: plain records, so the
 * stored form is readable and does not follow every rename inside crm-core.
 */
record PolicyDocument(List<Rule> rules, List<Pool> pools, Target fallback) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Rule(String name, List<String> countries, List<String> productLines, List<String> sources,
                List<String> grades, Target target) {
    }

    record Pool(String name, List<String> members, String distribution, Integer cap) {
    }

    /** {@code user} or {@code pool}, with the user id or pool name. */
    record Target(String type, String value) {
        static Target of(AssignmentTarget target) {
            return target instanceof AssignmentTarget.Person person ? new Target("user", person.user().value())
                    : new Target("pool", ((AssignmentTarget.Pool) target).name());
        }

        AssignmentTarget toTarget() {
            return "user".equals(type) ? AssignmentTarget.person(UserId.of(value)) : AssignmentTarget.pool(value);
        }
    }

    static String write(AssignmentPolicy policy) {
        PolicyDocument document = new PolicyDocument(
                policy.rules().stream().map(r -> new Rule(r.name(),
                        r.countries().stream().map(CountryCode::value).sorted().toList(),
                        r.productLines().stream().sorted().toList(),
                        r.sources().stream().map(Enum::name).sorted().toList(),
                        r.grades().stream().map(Enum::name).sorted().toList(), Target.of(r.target()))).toList(),
                policy.pools().values().stream().sorted(java.util.Comparator.comparing(SalesPool::name))
                        .map(p -> new Pool(p.name(), p.members().stream().map(UserId::value).toList(),
                                p.distribution().name(), p.cap())).toList(),
                Target.of(policy.fallback()));
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an assignment policy", e);
        }
    }

    static AssignmentPolicy read(String json) {
        PolicyDocument document;
        try {
            document = JSON.readValue(json, PolicyDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored assignment policy does not read back", e);
        }
        return AssignmentPolicy.of(
                document.rules().stream().map(r -> new AssignmentRule(r.name(),
                        r.countries().stream().map(CountryCode::of).collect(Collectors.toSet()),
                        java.util.Set.copyOf(r.productLines()),
                        r.sources().stream().map(SourceChannel::valueOf).collect(Collectors.toSet()),
                        r.grades().stream().map(Grade::valueOf).collect(Collectors.toSet()),
                        r.target().toTarget())).toList(),
                document.pools().stream().map(p -> new SalesPool(p.name(), p.members().stream().map(UserId::of)
                        .toList(), SalesPool.Distribution.valueOf(p.distribution()), p.cap())).toList(),
                document.fallback().toTarget());
    }
}
