package io.tenantcrm.service.api;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.quote.QuoteId;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A record's id in a path ({@code /leads/{id}}) read as crm-core's id, instead of each resource parsing it: text that
 * is not an id is refused like an id of another tenant, 404 (JAX-RS answers 404 for a path parameter it cannot
 * convert), so nobody learns which ids exist.
 */
@Provider
public class RecordIds implements ParamConverterProvider {

    private static final Map<Class<?>, Function<UUID, Object>> IDS = Map.of(
            LeadId.class, LeadId::new, DealId.class, DealId::new, AccountId.class, AccountId::new,
            ContactId.class, ContactId::new, QuoteId.class, QuoteId::new, OrderId.class, OrderId::new,
            TaskId.class, TaskId::new);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<UUID, Object> id = IDS.get(rawType);
        if (id == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                // an IllegalArgumentException for text that is no UUID: JAX-RS makes it a 404
                return (T) id.apply(UUID.fromString(value == null ? "" : value.strip()));
            }

            @Override
            public String toString(T value) {
                return value.toString();
            }
        };
    }
}
