package io.tenantcrm.persistence.access;

import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@link SalesTeams} on JPA: a team is the member rows naming its manager. */
public class JpaSalesTeams extends TenantScoped implements SalesTeams {

    private final Clock clock;

    public JpaSalesTeams(EntityManagers ems, Clock clock) {
        super(ems);
        this.clock = clock;
    }

    @Override
    public SalesTeam ledBy(TenantId tenant, UserId manager) {
        List<String> members = em(tenant).createQuery("select m.memberId from SalesTeamMemberEntity m"
                        + " where m.managerId = :manager", String.class)
                .setParameter("manager", manager.value()).getResultList();
        return new SalesTeam(manager, members.stream().map(UserId::of).collect(Collectors.toSet()));
    }

    @Override
    public Optional<UserId> managerOf(TenantId tenant, UserId member) {
        SalesTeamMemberEntity row = em(tenant).find(SalesTeamMemberEntity.class, member.value());
        return Optional.ofNullable(row).map(r -> UserId.of(r.managerId()));
    }

    @Override
    public List<SalesTeam> all(TenantId tenant) {
        Map<String, Set<UserId>> teams = new TreeMap<>();
        em(tenant).createQuery("select m from SalesTeamMemberEntity m", SalesTeamMemberEntity.class)
                .getResultStream().forEach(m -> teams.computeIfAbsent(m.managerId(), k -> new HashSet<>())
                        .add(UserId.of(m.memberId())));
        return teams.entrySet().stream().map(e -> new SalesTeam(UserId.of(e.getKey()), e.getValue())).toList();
    }

    @Override
    public void save(TenantId tenant, SalesTeam team) {
        EntityManager em = em(tenant);
        Set<String> wanted = team.members().stream().map(UserId::value).collect(Collectors.toSet());
        em.createQuery("select m from SalesTeamMemberEntity m where m.managerId = :manager",
                        SalesTeamMemberEntity.class)
                .setParameter("manager", team.manager().value()).getResultStream()
                .filter(row -> !wanted.remove(row.memberId()))
                .forEach(em::remove);
        wanted.forEach(member -> em.persist(new SalesTeamMemberEntity(member, team.manager().value(),
                clock.instant())));
        em.flush();
    }

    @Override
    public void forget(TenantId tenant, UserId person) {
        em(tenant).createQuery("delete from SalesTeamMemberEntity m where m.memberId = :person"
                        + " or m.managerId = :person")
                .setParameter("person", person.value()).executeUpdate();
    }
}
