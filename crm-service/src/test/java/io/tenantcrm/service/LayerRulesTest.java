package io.tenantcrm.service;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's layers (issue 18): the API layer parses, calls a use case and maps; it does not reach into
 * crm-persistence nor build use cases or adapters itself. The wiring (crm, tenant, webhook, assignment packages)
 * does that, once. Both hold without exception (the import endpoints were the last to reach into persistence).
 */
class LayerRulesTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenantcrm.service");

    /** crm-core's classes that do work with ports (use cases, policies with collaborators), not plain values. */
    private static final DescribedPredicate<JavaClass> USE_CASES = new DescribedPredicate<>(
            "a crm-core use case (a class whose constructor takes ports or a Recorder)") {
        @Override
        public boolean test(JavaClass target) {
            return target.getPackageName().startsWith("io.tenantcrm.core") && !target.isRecord()
                    && !target.isEnum() && target.getConstructors().stream().anyMatch(constructor ->
                    constructor.getRawParameterTypes().stream().anyMatch(type ->
                            type.getSimpleName().equals("Recorder") || type.getSimpleName().equals("Ports")
                                    || type.getSimpleName().endsWith("Repository")));
        }
    };

    @Test
    void the_service_was_found_at_all_and_use_cases_are_told_from_values() {
        // guards the rules below against passing on an empty class set or a predicate that matches nothing
        assertThat(service.size()).isGreaterThan(50);
        ClassFileImporter core = new ClassFileImporter();
        assertThat(USE_CASES.test(core.importClass(io.tenantcrm.core.tenant.TenantLifecycle.class))).isTrue();
        assertThat(USE_CASES.test(core.importClass(io.tenantcrm.core.lead.LeadIntake.class))).isTrue();
        assertThat(USE_CASES.test(core.importClass(io.tenantcrm.core.lead.NewLead.class))).isFalse();
    }

    @Test
    void every_json_shape_of_the_api_has_a_name_of_its_own() {
        // the OpenAPI document names a schema by the record's simple name: two records of one name would share
        // one schema, and a generated client would read the lead conversion as the quote conversion rate
        Map<String, List<String>> byName = service.stream()
                .filter(c -> c.getPackageName().startsWith("io.tenantcrm.service.api") && c.isRecord())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        assertThat(byName.values()).as("API records sharing a simple name").allSatisfy(names ->
                assertThat(names).hasSize(1));
        assertThat(byName).hasSizeGreaterThan(50);
    }

    @Test
    void the_api_does_not_depend_on_persistence() {
        ArchRule rule = noClasses().that().resideInAPackage("io.tenantcrm.service.api..")
                .should().dependOnClassesThat().resideInAPackage("io.tenantcrm.persistence..")
                .because("resources call crm-core's use cases; adapters are wired elsewhere");
        rule.check(service);
    }

    @Test
    void resources_do_not_build_use_cases() {
        ArchRule rule = noClasses().that().resideInAPackage("io.tenantcrm.service.api..")
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(USE_CASES)))
                .because("a use case is built once, by the wiring, from its ports");
        rule.check(service);
    }
}
