package io.cosmicsync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are not vacuous: applied to a planted package whose domain imports a framework and whose
 * web adapter calls the persistence adapter, they report exactly those violations.
 */
class PlantedViolationTest {

    private static final String PLANTED = "io.cosmicsync.architecture.planted";
    private final JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);

    @Test
    void catches_a_domain_class_that_imports_a_framework() {
        var result = HexagonRules.domainDependsOnlyOnTheJdk(PLANTED).evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("LeakyOrder").contains("io.micronaut");
    }

    @Test
    void catches_an_adapter_that_calls_another_adapter() {
        var result = HexagonRules.onion(PLANTED).evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("OrderController").contains("OrderTable");
    }
}
