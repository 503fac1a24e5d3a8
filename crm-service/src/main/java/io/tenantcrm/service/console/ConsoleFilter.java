package io.tenantcrm.service.console;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

/**
 * Serves the web console at {@code /app/} from the files the crm-console jar carries (META-INF/resources/app);
 * {@link ConsoleRoot} sends the bare address there.
 * A deep link ({@code /app/leads/42}) gets index.html, so a reload or a shared link opens the same screen;
 * index.html is never cached, the content-hashed assets for a year, and sent as the gzip copy the build made
 * beside each ({@code index-abc.js.gz}) to a browser that accepts gzip; every answer carries a
 * Content-Security-Policy allowing scripts from this origin only and connections to this origin and Keycloak.
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
            response.setHeader("Vary", "Accept-Encoding");
            URL packed = acceptsGzip(request.getHeader("Accept-Encoding")) && !path.endsWith(".gz")
                    ? request.getServletContext().getResource(path + ".gz") : null;
            if (packed == null) {
                chain.doFilter(request, response);
                return;
            }
            URLConnection file = packed.openConnection();
            response.setContentType(request.getServletContext().getMimeType(path));
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLengthLong(file.getContentLengthLong());
            try (InputStream in = file.getInputStream()) {
                in.transferTo(response.getOutputStream());
            }
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

    /** Whether an Accept-Encoding header takes gzip: named (or "*") without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
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
