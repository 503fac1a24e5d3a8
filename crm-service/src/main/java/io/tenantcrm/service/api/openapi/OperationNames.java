package io.tenantcrm.service.api.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.util.Locale;
import java.util.Map;

/**
 * Names every operation after its method and path ({@code GET /api/v1/leads/{id}} is {@code getLeadsById},
 * {@code POST /api/v1/leads/{id}/qualify} is {@code postLeadsByIdQualify}), so a generated client has one method
 * per operation and its names stay as long as the paths do; the Java method names the service was built with
 * ({@code get}, {@code list}) repeat across resources. Server URLs lose a trailing slash, which clients would
 * double when they add a path.
 */
final class OperationNames {

    private OperationNames() {
    }

    static void assign(OpenAPI openAPI, String api) {
        if (openAPI.getServers() != null) {
            for (Server server : openAPI.getServers()) {
                if (server.getUrl() != null && server.getUrl().endsWith("/")) {
                    server.setUrl(server.getUrl().replaceAll("/+$", ""));
                }
            }
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(api)) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                operation.getValue().setOperationId(name(operation.getKey(), path.getKey().substring(api.length())));
            }
        }
    }

    static String name(PathItem.HttpMethod method, String path) {
        StringBuilder name = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            if (parameter) {
                name.append("By");
                segment = segment.substring(1, segment.length() - 1);
            }
            for (String word : segment.split("[-_.]")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return name.toString();
    }
}
