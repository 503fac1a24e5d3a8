package io.tenantcrm.service.idempotency;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.persistence.idempotency.IdempotencyKeys;
import io.tenantcrm.persistence.idempotency.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creates: the first answer to a key is kept with the create, in its transaction; the
 * same key with the same body gets that answer again (and no second record), with a different body 422.
 * Without the header a create simply runs.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    public Response create(String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidValueException(HEADER, "must be 1 to 200 characters");
        }
        IdempotencyKeys keys = new IdempotencyKeys(() -> em, clock);
        String hash = sha256(JSON.toJson(request));
        return unitOfWork.inTransaction(() -> {
            Optional<StoredAnswer> stored = keys.find(caller.tenant(), key);
            if (stored.isPresent()) {
                if (!stored.get().requestHash().equals(hash)) {
                    throw new InvalidValueException(HEADER, "was already used for a different request");
                }
                return replay(stored.get());
            }
            Response response = create.get();
            URI location = response.getLocation();
            keys.store(caller.tenant(), key, new StoredAnswer(hash, response.getStatus(),
                    location == null ? null : location.toString(), JSON.toJson(response.getEntity())));
            return response;
        });
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body()).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        return response.build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
