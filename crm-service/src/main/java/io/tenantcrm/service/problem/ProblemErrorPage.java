package io.tenantcrm.service.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Error page for what happens before JAX-RS: the container's MP-JWT check answers 401 by itself (with an HTML page
 * by default), and unknown paths outside {@code /api} answer 404. web.xml routes those errors here, so every error
 * body is a problem detail.
 */
@WebServlet(urlPatterns = "/problem")
public class ProblemErrorPage extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        String detail = switch (status) {
            case 401 -> "A valid bearer token from the platform's identity provider is required.";
            case 403 -> "The token does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            default -> status >= 500 ? "The service could not answer this request." : "The request was refused.";
        };
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(Problem.of(status, detail)));
    }
}
