package io.tenantcrm.service.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The service's bare address is the console's: {@code /} redirects to {@code /app/}. */
@WebServlet(urlPatterns = "")
public class ConsoleRoot extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/app/");
    }
}
