package io.tenantcrm.service.observability;

import io.tenantcrm.persistence.statements.StatementCount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * The SQL statements each API request sends ({@link StatementCount} on the crm unit), counted on the request's
 * thread from its first filter to its response: in the access log line and the {@code crm_request_sql_statements}
 * histogram, so a path that starts sending more shows, and a test can hold lead intake to a budget.
 */
@ApplicationScoped
public class RequestStatements {

    @PersistenceUnit(unitName = "crm")
    EntityManagerFactory units;

    private StatementCount count;

    @PostConstruct
    void install() {
        count = StatementCount.installedOn(units);
    }

    void started() {
        count.start();
    }

    int finished() {
        return count.stop();
    }
}
