package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.assignment.AssignmentRule;
import io.tenantcrm.core.assignment.AssignmentTarget;
import io.tenantcrm.core.assignment.SalesPool;
import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.identity.KeycloakConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The tenant's lead assignment: ordered rules (first match wins), pools and the fallback (docs/assignment-and-sla.md).
 * Replaced whole; every person named must be one of the tenant's people, every value is checked and named.
 */
@Path("/admin/assignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class AssignmentResource {

    @Inject
    AssignmentPolicies policies;

    @Inject
    KeycloakConnection keycloak;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    /** A target: {@code {"type": "user", "value": "<user id>"}} or {@code {"type": "pool", "value": "<name>"}}. */
    public record TargetJson(String type, String value) {
        static TargetJson of(AssignmentTarget target) {
            return target instanceof AssignmentTarget.Person person ? new TargetJson("user", person.user().value())
                    : new TargetJson("pool", ((AssignmentTarget.Pool) target).name());
        }
    }

    public record RuleJson(String name, List<String> countries, List<String> productLines, List<String> sources,
                           List<String> grades, TargetJson target) {
    }

    public record PoolJson(String name, List<String> members, String distribution, Integer cap) {
    }

    public record PolicyJson(List<RuleJson> rules, List<PoolJson> pools, TargetJson fallback) {
        static PolicyJson of(AssignmentPolicy policy) {
            return new PolicyJson(policy.rules().stream().map(r -> new RuleJson(r.name(),
                            r.countries().stream().map(CountryCode::value).sorted().toList(),
                            r.productLines().stream().sorted().toList(),
                            r.sources().stream().map(Enum::name).sorted().toList(),
                            r.grades().stream().map(Enum::name).sorted().toList(), TargetJson.of(r.target()))).toList(),
                    policy.pools().values().stream().sorted(Comparator.comparing(SalesPool::name))
                            .map(p -> new PoolJson(p.name(), p.members().stream().map(UserId::value).toList(),
                                    p.distribution().name(), p.cap())).toList(),
                    TargetJson.of(policy.fallback()));
        }
    }

    @GET
    @Operation(summary = "The tenant's assignment rules, pools and fallback (404 when it has none yet)")
    public PolicyJson get() {
        return PolicyJson.of(unitOfWork.inTransaction(() -> policies.of(caller.tenant()))
                .orElseThrow(() -> new NotFoundException("assignment policy", caller.tenant())));
    }

    @PUT
    @Operation(summary = "Replace the assignment rules, pools and fallback; new leads follow them at once")
    public PolicyJson put(PolicyJson request) {
        Inputs.requireBody(request);
        Set<UserId> people = new HashSet<>();
        keycloak.directory().members(caller.tenant()).stream().map(IdentityDirectory.Person::id).forEach(people::add);
        List<Violation> violations = new ArrayList<>();
        AssignmentPolicy policy = read(request, people, violations);
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        unitOfWork.inTransaction(() -> {
            policies.save(caller.tenant(), policy);
            return null;
        });
        return PolicyJson.of(policy);
    }

    private static AssignmentPolicy read(PolicyJson json, Set<UserId> people, List<Violation> violations) {
        List<SalesPool> pools = new ArrayList<>();
        List<PoolJson> poolJsons = json.pools() == null ? List.of() : json.pools();
        for (int i = 0; i < poolJsons.size(); i++) {
            PoolJson pool = poolJsons.get(i);
            String at = "pools[" + i + "]";
            List<UserId> members = new ArrayList<>();
            List<String> memberIds = pool.members() == null ? List.of() : pool.members();
            for (int m = 0; m < memberIds.size(); m++) {
                user(memberIds.get(m), at + ".members[" + m + "]", people, violations).ifPresent(members::add);
            }
            try {
                pools.add(new SalesPool(pool.name(), members, Inputs.required(SalesPool.Distribution.class,
                        pool.distribution(), at + ".distribution"), pool.cap()));
            } catch (InvalidValueException e) {
                violations.add(new Violation(e.field(), e.reason()));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at, e.getMessage()));
            }
        }
        List<AssignmentRule> rules = new ArrayList<>();
        List<RuleJson> ruleJsons = json.rules() == null ? List.of() : json.rules();
        for (int i = 0; i < ruleJsons.size(); i++) {
            RuleJson rule = ruleJsons.get(i);
            String at = "rules[" + i + "]";
            try {
                rules.add(new AssignmentRule(rule.name(),
                        values(rule.countries(), CountryCode::of, at + ".countries"),
                        new HashSet<>(rule.productLines() == null ? List.of() : rule.productLines()),
                        values(rule.sources(), s -> Inputs.required(SourceChannel.class, s, at + ".sources"),
                                at + ".sources"),
                        values(rule.grades(), g -> Inputs.required(Grade.class, g, at + ".grades"), at + ".grades"),
                        target(rule.target(), at + ".target", people, violations)));
            } catch (InvalidValueException e) {
                violations.add(new Violation(e.field(), e.reason()));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at, e.getMessage()));
            }
        }
        AssignmentTarget fallback = target(json.fallback(), "fallback", people, violations);
        if (!violations.isEmpty()) {
            return null;
        }
        try {
            return AssignmentPolicy.of(rules, pools, fallback);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("rules", e.getMessage()));
            return null;
        }
    }

    private static <T> Set<T> values(List<String> texts, Function<String, T> parse, String field) {
        Set<T> values = new HashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            try {
                values.add(parse.apply(text));
            } catch (InvalidValueException e) {
                throw e.field().startsWith(field) ? e : e.forField(field);
            }
        }
        return values;
    }

    private static AssignmentTarget target(TargetJson json, String at, Set<UserId> people, List<Violation> violations) {
        if (json == null || json.type() == null || json.value() == null || json.value().isBlank()) {
            violations.add(new Violation(at, "name a user ({\"type\": \"user\", \"value\": \"<id>\"}) or a pool"));
            return AssignmentTarget.pool("?");
        }
        if (json.type().equals("pool")) {
            return AssignmentTarget.pool(json.value().strip());
        }
        if (!json.type().equals("user")) {
            violations.add(new Violation(at + ".type", "must be user or pool"));
            return AssignmentTarget.pool("?");
        }
        return user(json.value(), at + ".value", people, violations).map(AssignmentTarget::person)
                .orElse(AssignmentTarget.pool("?"));
    }

    private static Optional<UserId> user(String id, String at, Set<UserId> people,
                                                   List<Violation> violations) {
        if (id == null || id.isBlank() || id.length() > 64 || !people.contains(UserId.of(id.strip()))) {
            violations.add(new Violation(at, "no person " + id + " in this tenant"));
            return Optional.empty();
        }
        return Optional.of(UserId.of(id.strip()));
    }
}
