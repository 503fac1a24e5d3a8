package io.tenantcrm.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a Keycloak access token with Nimbus JOSE + JWT: an RS256 signature by one of the realm's keys, the
 * realm as issuer, this API among the audiences, not expired and not used before its time (with the configured
 * clock skew). The realm's key set is fetched once and kept with its keys parsed, fetched again after
 * {@link #KEYS_KEPT} or at once (rate limited) when a token names a key it does not have, so Keycloak's key
 * rotation needs no restart. MicroProfile JWT's check parsed the key set again on every request (docs/benchmarks.md).
 *
 * <p>Configured with MicroProfile JWT's keys, so deployments need no change: {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location} (the JWKS URL), {@code mp.jwt.verify.audiences},
 * {@code mp.jwt.verify.clock.skew} (seconds, 60 unless set).
 */
@ApplicationScoped
public class TokenVerifier {

    static final Duration KEYS_KEPT = Duration.ofMinutes(15);
    static final Duration KEYS_FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String keySetUrl;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audiences;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    int clockSkewSeconds;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(keySetUrl).toURL())
                    .cache(KEYS_KEPT.toMillis(), KEYS_FETCH_TIMEOUT.toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location is not a URL: " + keySetUrl, e);
        }
        // Nimbus asks these sets whether they contain null, which Set.of answers with an exception
        Set<String> accepted = Arrays.stream(audiences.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(accepted,
                new JWTClaimsSet.Builder().issuer(issuer).build(), new HashSet<>(List.of("sub", "exp")),
                new HashSet<>());
        claims.setMaxClockSkew(clockSkewSeconds);
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** The token's caller if every check passes; empty for any token that is not good (the reason is logged). */
    public Optional<VerifiedToken> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return Optional.of(new VerifiedToken(token, claims.getSubject(), nameOf(claims), groupsOf(claims),
                    organizationsOf(claims), claims.getExpirationTime().toInstant()));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            LOG.log(Level.FINE, "bearer token refused", e);
            return Optional.empty();
        }
    }

    /** As MicroProfile JWT names the caller: {@code upn}, else {@code preferred_username}, else the subject. */
    private static String nameOf(JWTClaimsSet claims) throws ParseException {
        for (String claim : List.of("upn", "preferred_username")) {
            String value = claims.getStringClaim(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return claims.getSubject();
    }

    private static Set<String> groupsOf(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("groups");
        return groups == null ? Set.of() : new HashSet<>(groups);
    }

    /** Keycloak's {@code organization} claim, {@code {"<alias>": {"id": "<uuid>"}}}, as alias to id. */
    private static Map<String, String> organizationsOf(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> claim = claims.getJSONObjectClaim(CallerContextProducer.ORGANIZATION_CLAIM);
        Map<String, String> organizations = new LinkedHashMap<>();
        if (claim != null) {
            claim.forEach((alias, details) -> {
                // an organization without an id is kept as blank: no tenant can be chosen from it
                organizations.put(alias, details instanceof Map<?, ?> map && map.get("id") instanceof String id
                        ? id : "");
            });
        }
        return organizations;
    }
}
