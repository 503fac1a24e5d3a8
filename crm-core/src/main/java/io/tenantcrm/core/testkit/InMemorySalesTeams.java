package io.tenantcrm.core.testkit;

import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SalesTeams} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemorySalesTeams implements SalesTeams, Transactional {

    private final Object lock;
    private Map<TenantId, Map<UserId, SalesTeam>> teams = new HashMap<>();

    InMemorySalesTeams(Object lock) {
        this.lock = lock;
    }

    @Override
    public SalesTeam ledBy(TenantId tenant, UserId manager) {
        synchronized (lock) {
            return of(tenant).getOrDefault(manager, SalesTeam.empty(manager));
        }
    }

    @Override
    public Optional<UserId> managerOf(TenantId tenant, UserId member) {
        synchronized (lock) {
            return of(tenant).values().stream().filter(t -> t.members().contains(member)).map(SalesTeam::manager)
                    .findFirst();
        }
    }

    @Override
    public List<SalesTeam> all(TenantId tenant) {
        synchronized (lock) {
            return List.copyOf(of(tenant).values());
        }
    }

    @Override
    public void save(TenantId tenant, SalesTeam team) {
        synchronized (lock) {
            Map<UserId, SalesTeam> mine = teams.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
            if (team.members().isEmpty()) {
                mine.remove(team.manager());
            } else {
                mine.put(team.manager(), team);
            }
        }
    }

    @Override
    public void forget(TenantId tenant, UserId person) {
        synchronized (lock) {
            Map<UserId, SalesTeam> mine = teams.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
            mine.remove(person);
            mine.replaceAll((manager, team) -> new SalesTeam(manager, team.members().stream()
                    .filter(m -> !m.equals(person)).collect(java.util.stream.Collectors.toSet())));
        }
    }

    private Map<UserId, SalesTeam> of(TenantId tenant) {
        return teams.getOrDefault(tenant, Map.of());
    }

    @Override
    public Object snapshot() {
        Map<TenantId, Map<UserId, SalesTeam>> copy = new HashMap<>();
        teams.forEach((tenant, mine) -> copy.put(tenant, new LinkedHashMap<>(mine)));
        return copy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        teams = (Map<TenantId, Map<UserId, SalesTeam>>) snapshot;
    }
}
