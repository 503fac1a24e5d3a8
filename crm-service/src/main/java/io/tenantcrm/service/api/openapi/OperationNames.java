package io.tenantcrm.service.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names every operation after its method and path ({@code GET /api/v1/leads/{id}} is {@code getLeadsById},
 * {@code POST /api/v1/leads/{id}/qualify} is {@code postLeadsByIdQualify}), so a generated client has one method
 * per operation and its names stay as long as the paths do; the Java method names the service was built with
 * ({@code get}, {@code list}) repeat across resources. Each operation is tagged with its path's first segment
 * ({@code leads}, {@code deals}, {@code admin}), so a client is generated as one class per area. Server URLs lose a trailing slash, which clients would
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
        Set<String> tags = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith(api)) {
                continue;
            }
            String tag = tag(path.getKey().substring(api.length()));
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                operation.getValue().setOperationId(name(operation.getKey(), path.getKey().substring(api.length())));
                if (operation.getValue().getTags() == null || operation.getValue().getTags().isEmpty()) {
                    operation.getValue().setTags(List.of(tag));
                }
                tags.add(tag);
            }
        }
        for (String tag : tags) {
            boolean declared = openAPI.getTags() != null && openAPI.getTags().stream().anyMatch(t -> tag.equals(t.getName()));
            if (!declared) {
                openAPI.addTag(OASFactory.createTag().name(tag).description(AREAS.getOrDefault(tag, tag)));
            }
        }
    }

    /** What each area of the API is for, as the document's tags say it. */
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("accounts", "Customer companies and the people there"),
            Map.entry("activities", "Calls, meetings, emails and notes logged against records"),
            Map.entry("admin", "The tenant's own set-up: settings, pipeline, assignment, teams, keys, webhooks"),
            Map.entry("board", "The pipeline board: a column per stage"),
            Map.entry("deals", "Opportunities moving through the pipeline, with their health"),
            Map.entry("duplicates", "Possible duplicates, checked before saving and scanned in the background"),
            Map.entry("forecast", "Expected revenue by close month"),
            Map.entry("imports", "CSV and Excel imports: upload, map, dry run, run, report"),
            Map.entry("intake", "Inquiries posted by web forms and marketplaces with an intake key"),
            Map.entry("leads", "Inquiries: intake, qualification, assignment, conversion"),
            Map.entry("mailboxes", "Email sync: connected mailboxes and their runs"),
            Map.entry("merges", "Duplicates merged, and merges undone"),
            Map.entry("orders", "Orders from accepted quotes, their instalments and payments"),
            Map.entry("people", "The tenant's colleagues, as records name them"),
            Map.entry("ping", "Who the token says you are"),
            Map.entry("pipeline", "The tenant's stages, as deals use them"),
            Map.entry("products", "The product catalogue quotes draw on"),
            Map.entry("quotes", "Quotes: versions, approval, the customer's PDF, acceptance"),
            Map.entry("reports", "Process health, lead sources and the pipeline's reports"),
            Map.entry("search", "One search over leads, accounts and contacts"),
            Map.entry("shares", "Records shared with a colleague"),
            Map.entry("signup", "A company signs up and gets its tenant"),
            Map.entry("tasks", "Follow-ups: my day's tasks"),
            Map.entry("timeline", "A record's story, newest first"));

    /** The first segment of the path: a generated client groups its methods by it ({@code LeadsApi}, {@code DealsApi}). */
    static String tag(String path) {
        String first = path.replaceFirst("^/", "").split("/")[0];
        return first.isEmpty() ? "service" : first;
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
