package io.tenantcrm.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * How an API call authenticates: {@code Authorization: Bearer <Keycloak access token>}, checked by
 * {@link TokenVerifier}. A good token logs the caller in for this request with the token's groups as roles
 * ({@code glassfish-web.xml} maps each group to the role of the same name); a bad one is 401 at once, whatever the
 * path; no token leaves the call unauthenticated, for {@link RoleCheck} to refuse where a role is needed.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** The request attribute that holds the {@link VerifiedToken} of an authenticated call. */
    public static final String TOKEN = VerifiedToken.class.getName();
    private static final String SCHEME = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return context.doNothing();
        }
        Optional<VerifiedToken> token = verifier.verify(header.substring(SCHEME.length()).trim());
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            return context.responseUnauthorized();
        }
        request.setAttribute(TOKEN, token.get());
        return context.notifyContainerAboutLogin(token.get(), token.get().groups());
    }
}
