package io.tenantcrm.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.eclipse.persistence.config.PersistenceUnitProperties;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code crm} persistence unit. Inside Payara the container creates it on the JTA datasource; this factory
 * opens the same unit outside a container (tools, tests, benchmarks) on a plain DataSource with local transactions.
 */
public final class CrmPersistenceUnit {

    public static final String NAME = "crm";

    private CrmPersistenceUnit() {
    }

    public static EntityManagerFactory outsideContainer(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        return Persistence.createEntityManagerFactory(NAME, properties);
    }
}
