package io.cosmicsync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** The production classes of every module keep the hexagon's arrows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HexagonTest {

    private static final String BASE = "io.cosmicsync";
    private JavaClasses production;

    @BeforeAll
    void importProductionClasses() {
        // No DoNotIncludeJars: sibling modules arrive as jars on this module's class path.
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void imports_classes_of_every_module() {
        assertThat(production.containPackage(BASE + ".domain.user")).isTrue();
        assertThat(production.containPackage(BASE + ".application.project.service")).isTrue();
        assertThat(production.containPackage(BASE + ".adapter.web.rest.project")).isTrue();
        assertThat(production.containPackage(BASE + ".adapter.persistence")).isTrue();
        assertThat(production.containPackage(BASE + ".adapter.crypto")).isTrue();
        assertThat(production.containPackage(BASE + ".bootstrap")).isTrue();
    }

    @Test
    void keeps_the_onion_layers_and_adapters_apart() {
        HexagonRules.onion(BASE).check(production);
    }

    @Test
    void keeps_the_domain_free_of_everything_but_the_jdk() {
        HexagonRules.domainDependsOnlyOnTheJdk(BASE).check(production);
    }

    @Test
    void keeps_the_application_free_of_frameworks() {
        HexagonRules.applicationDependsOnlyOnDomainAndTheJdk(BASE).check(production);
    }

    @Test
    void names_ports_and_services_by_convention() {
        HexagonRules.incomingPortsAreUseCases(BASE).check(production);
        HexagonRules.outgoingPortsAreNamedPort(BASE).check(production);
        HexagonRules.useCasesAreImplementedByServices(BASE).check(production);
        HexagonRules.repositoriesLiveInPersistence(BASE).check(production);
    }

    @Test
    void has_no_cycles_between_contexts() {
        HexagonRules.noCyclesBetweenContexts(BASE).check(production);
    }
}
