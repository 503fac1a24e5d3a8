package io.tenantcrm.service.api.openapi;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationNamesTest {

    @Test
    void an_operation_is_named_after_its_method_and_path() {
        assertThat(OperationNames.name(HttpMethod.GET, "/leads")).isEqualTo("getLeads");
        assertThat(OperationNames.name(HttpMethod.GET, "/leads/{id}")).isEqualTo("getLeadsById");
        assertThat(OperationNames.name(HttpMethod.POST, "/leads/{id}/qualify")).isEqualTo("postLeadsByIdQualify");
        assertThat(OperationNames.name(HttpMethod.PUT, "/admin/teams/{manager}")).isEqualTo("putAdminTeamsByManager");
        assertThat(OperationNames.name(HttpMethod.POST, "/deals/{id}/next-step")).isEqualTo("postDealsByIdNextStep");
        assertThat(OperationNames.name(HttpMethod.GET, "/quotes/{id}/versions/{n}/document"))
                .isEqualTo("getQuotesByIdVersionsByNDocument");
    }

    @Test
    void an_operation_is_tagged_with_its_area() {
        assertThat(OperationNames.tag("/leads/{id}/qualify")).isEqualTo("leads");
        assertThat(OperationNames.tag("/admin/teams/{manager}")).isEqualTo("admin");
        assertThat(OperationNames.tag("/ping")).isEqualTo("ping");
        assertThat(OperationNames.tag("")).isEqualTo("service");
    }
}
