package io.tenantcrm.service.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 401, 403, 415 ...) as problem details, keeping their status. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String detail = status >= 500 ? "The service could not answer this request." : exception.getMessage();
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, detail));
        String challenge = exception.getResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge != null ? challenge : "Bearer");
        }
        String retryAfter = exception.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }
}
