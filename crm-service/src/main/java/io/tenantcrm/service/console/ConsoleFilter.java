package io.tenantcrm.service.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the web console at {@code /app/} from the files the crm-console jar carries (META-INF/resources/app);
 * {@link ConsoleRoot} sends the bare address there.
 * A deep link ({@code /app/leads/42}) gets index.html, so a reload or a shared link opens the same screen;
 * index.html is never cached, the content-hashed assets for a year; every answer carries a Content-Security-Policy
 * allowing scripts from this origin only and connections to this origin and Keycloak.
 */
@WebFilter(urlPatterns = {"/app", "/app/*"})
public class ConsoleFilter extends HttpFilter {

    private static final String ROOT = "/app/";
    private static final String INDEX = "/app/index.html";

    @Inject
    ConsoleConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/app")) {
            response.sendRedirect(request.getContextPath() + ROOT);
            return;
        }
        secure(response);
        if (path.equals("/app/config.json")) {
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.getOutputStream().write(config.json().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith("/app/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, response);
            return;
        }
        if (path.equals(ROOT) || path.equals(INDEX) || isRoute(path)) {
            response.setHeader("Cache-Control", "no-cache");
            response.setContentType("text/html;charset=UTF-8");
            request.getRequestDispatcher(INDEX).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A screen's address rather than a file: its last segment has no extension. */
    static boolean isRoute(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    private void secure(HttpServletResponse response) {
        String keycloak = config.keycloakOrigin();
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; font-src 'self'; connect-src 'self' " + keycloak + ";"
                + " frame-src " + keycloak + "; frame-ancestors 'none'; base-uri 'self'; form-action 'self' "
                + keycloak + "; object-src 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
