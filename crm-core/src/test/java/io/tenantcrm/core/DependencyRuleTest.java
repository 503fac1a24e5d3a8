package io.tenantcrm.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** crm-core is embedded in other people's applications: it may lean on the JDK and nothing else. */
class DependencyRuleTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenantcrm.core");

    @Test
    void the_core_was_found_at_all() {
        // Guards the rules below against passing on an empty class set.
        org.assertj.core.api.Assertions.assertThat(core.size()).isGreaterThan(3);
    }

    @Test
    void the_core_knows_nothing_of_frameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.persistence..", "javax.ws..", "javax.inject..",
                        "org.eclipse..", "org.keycloak..", "org.glassfish..", "fish.payara..",
                        "org.flywaydb..", "org.postgresql..", "com.fasterxml..", "org.springframework..")
                .check(core);
    }

    @Test
    void the_core_depends_on_the_jdk_and_itself_only() {
        // javax.crypto is the JDK's own (java.base): webhook signatures
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "io.tenantcrm.core..")
                .check(core);
    }
}
