package io.tenantcrm.service.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bearer-token check against a real key set served over HTTP on 127.0.0.1, as Keycloak serves its own: good
 * tokens pass with their caller, every kind of bad one is refused, the key set is fetched once for many tokens,
 * and a rotated key is picked up without a restart.
 */
class TokenVerifierTest {

    static final String ISSUER = "http://127.0.0.1/realms/crm";

    private HttpServer keycloak;
    private final AtomicReference<JWKSet> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private RSAKey key;
    private TokenVerifier verifier;

    @BeforeEach
    void realm() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("key-1").generate();
        published.set(new JWKSet(key.toPublicJWK()));
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        verifier = new TokenVerifier();
        verifier.issuer = ISSUER;
        verifier.keySetUrl = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/certs";
        verifier.audiences = "crm-api";
        verifier.clockSkewSeconds = 0;
        verifier.configure();
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void a_good_token_names_its_caller_tenant_and_roles_and_the_keys_are_fetched_once() throws Exception {
        for (int i = 0; i < 50; i++) {
            VerifiedToken token = verifier.verify(signed(key, claims().build())).orElseThrow();
            assertThat(token.subject()).isEqualTo("user-1");
            assertThat(token.name()).isEqualTo("rep@acme.test");
            assertThat(token.groups()).containsExactlyInAnyOrder("sales-rep");
            assertThat(CallerContextProducer.tenantOf(token)).hasValueSatisfying(tenant ->
                    assertThat(tenant.value()).isEqualTo("5d3c0f4e-acme"));
        }
        assertThat(fetches.get()).as("the key set is kept with its keys parsed").isEqualTo(1);
    }

    @Test
    void every_kind_of_bad_token_is_refused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("key-1").generate();
        Instant past = Instant.now().minusSeconds(120);
        assertThat(verifier.verify(signed(stranger, claims().build()))).as("signed by another key").isEmpty();
        assertThat(verifier.verify(signed(key, claims().issuer("http://127.0.0.1/realms/other").build())))
                .as("another realm").isEmpty();
        assertThat(verifier.verify(signed(key, claims().audience("another-api").build()))).as("another audience")
                .isEmpty();
        assertThat(verifier.verify(signed(key, claims().expirationTime(Date.from(past)).build()))).as("expired")
                .isEmpty();
        assertThat(verifier.verify(new PlainJWT(claims().build()).serialize())).as("alg none").isEmpty();
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
                claims().build());
        hmac.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
        assertThat(verifier.verify(hmac.serialize())).as("HS256 keyed with the public key").isEmpty();
        String good = signed(key, claims().build());
        String[] parts = good.split("\\.");
        String otherClaims = Base64URL.encode(claims().subject("admin-1").build().toString()).toString();
        assertThat(verifier.verify(parts[0] + "." + otherClaims + "." + parts[2])).as("claims changed").isEmpty();
        assertThat(verifier.verify("not-a-token")).as("not a JWT").isEmpty();
        assertThat(verifier.verify(good)).as("and the good one passes").isPresent();
    }

    @Test
    void a_token_of_no_single_organization_has_no_tenant() throws Exception {
        VerifiedToken none = verifier.verify(signed(key, claims().claim("organization", null).build())).orElseThrow();
        VerifiedToken two = verifier.verify(signed(key, claims().claim("organization", Map.of(
                "acme", Map.of("id", "a"), "globex", Map.of("id", "b"))).build())).orElseThrow();
        VerifiedToken noId = verifier.verify(signed(key, claims().claim("organization", Map.of(
                "acme", Map.of("name", "Acme"))).build())).orElseThrow();
        assertThat(CallerContextProducer.tenantOf(none)).isEmpty();
        assertThat(CallerContextProducer.tenantOf(two)).isEmpty();
        assertThat(CallerContextProducer.tenantOf(noId)).isEmpty();
    }

    @Test
    void a_rotated_key_is_fetched_when_a_token_names_it() throws Exception {
        assertThat(verifier.verify(signed(key, claims().build()))).isPresent();
        RSAKey next = new RSAKeyGenerator(2048).keyID("key-2").generate();
        published.set(new JWKSet(List.of(key.toPublicJWK(), next.toPublicJWK())));

        assertThat(verifier.verify(signed(next, claims().build()))).as("the new key's token").isPresent();
        assertThat(fetches.get()).as("fetched again for the unknown key").isEqualTo(2);
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(List.of("crm-api", "account")).subject("user-1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "rep@acme.test").claim("groups", List.of("sales-rep"))
                .claim("organization", Map.of("acme", Map.of("id", "5d3c0f4e-acme")));
    }

    private static String signed(RSAKey by, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(by.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(by));
        return jwt.serialize();
    }
}
