package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.tenant.SettingKeys;
import io.tenantcrm.core.tenant.SettingKind;
import io.tenantcrm.core.tenant.TenantAdministration;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.config.TenantConfig;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tenant admin's settings: thresholds, targets, required fields (see docs/scores-and-health.md). */
@Path("/admin/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class SettingsResource {

    @Inject
    TenantConfig settings;

    @Inject
    TenantAdministration administration;

    @Inject
    CurrentUser caller;

    public record SettingRequest(String value) {
    }

    /**
     * {@code settings}: every setting in force for the tenant (its own value or the platform default);
     * {@code own}: what the tenant set itself; {@code known}: every key it may set; {@code kinds}: what kind of value
     * each key takes ({@code duration}, {@code number}, {@code days}, {@code score}, {@code list}, {@code choice},
     * {@code time-zone}, {@code person}, {@code text}) with the options of a choice or list, for a fitting input.
     */
    public record SettingsView(Map<String, String> settings, Map<String, String> own, List<String> known,
                               Map<String, KindView> kinds) {
    }

    public record KindView(String type, List<String> options) {
        static KindView of(SettingKind kind) {
            return new KindView(kind.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    kind.options());
        }
    }

    @GET
    @Operation(summary = "The settings in force (the tenant's own value, else the platform default), the tenant's"
            + " own values, and every key it may set")
    public SettingsView list() {
        Map<String, KindView> kinds = new TreeMap<>();
        SettingKeys.all().forEach(key -> kinds.put(key, KindView.of(SettingKeys.kind(key))));
        return new SettingsView(settings.of(caller.tenant()), new TreeMap<>(settings.ownOf(caller.tenant())),
                SettingKeys.all().stream().sorted().toList(), kinds);
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set one key; the value is checked and the change audited; applies to the next request")
    public SettingsView set(@PathParam("key") String key, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "red after three weeks", value = ApiExamples.SETTING))) SettingRequest request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        administration.changeSetting(key, request.value());
        return list();
    }
}
