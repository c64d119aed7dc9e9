package io.cosmicsync.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of ../shared/ARCHITECTURE.md and CONVENTIONS.md as ArchUnit rules, parameterized by the
 * base package so that the same rules can be shown to catch a planted violation.
 */
final class HexagonRules {

    private HexagonRules() {
    }

    /**
     * Domain in the middle, application around it, one named adapter per adapter module, none using
     * another. {@code bootstrap} is the composition root: it may use every layer, so its dependencies
     * are exempt.
     */
    static Architectures.OnionArchitecture onion(String base) {
        return Architectures.onionArchitecture()
                .domainModels(base + ".domain..")
                .domainServices(base + ".domain..")
                .applicationServices(base + ".application..")
                .adapter("web", base + ".adapter.web..")
                .adapter("persistence", base + ".adapter.persistence..")
                .adapter("p2p", base + ".adapter.p2p..")
                .adapter("crypto", base + ".adapter.crypto..")
                .adapter("ml", base + ".adapter.ml..")
                .adapter("schema", base + ".adapter.schema..")
                .withOptionalLayers(true)
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(base + ".bootstrap.."),
                        DescribedPredicate.alwaysTrue());
    }

    /** The domain uses the JDK and itself, nothing else: no framework, no JDBC, no library. */
    static ArchRule domainDependsOnlyOnTheJdk(String base) {
        return classes().that().resideInAPackage(base + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..")
                .as("the domain depends only on the domain and java..");
    }

    /** Use cases orchestrate the domain with the JDK only. */
    static ArchRule applicationDependsOnlyOnDomainAndTheJdk(String base) {
        return classes().that().resideInAPackage(base + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(base + ".application..", base + ".domain..", "java..")
                .as("the application depends only on the application, the domain and java..");
    }

    /**
     * Incoming ports are {@code <Verb><Noun>UseCase} interfaces; sealed interfaces beside them are result
     * and command types, not ports.
     */
    static ArchRule incomingPortsAreUseCases(String base) {
        return classes().that().resideInAPackage(base + ".application..port.in..").and().areInterfaces()
                .and(DescribedPredicate.describe("are not sealed", (JavaClass c) -> !c.reflect().isSealed()))
                .should().haveSimpleNameEndingWith("UseCase");
    }

    /** Outgoing ports are interfaces named {@code ...Port}. */
    static ArchRule outgoingPortsAreNamedPort(String base) {
        return classes().that().resideInAPackage(base + ".application..port.out..").and().areTopLevelClasses()
                .should().beInterfaces().andShould().haveSimpleNameEndingWith("Port");
    }

    /** A use case is implemented by a {@code ...Service} in a {@code service} package. */
    static ArchRule useCasesAreImplementedByServices(String base) {
        return classes().that().implement(DescribedPredicate.describe("a use case",
                        (JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
                .and().resideInAPackage(base + ".application..")
                .should().haveSimpleNameEndingWith("Service").andShould().resideInAPackage("..service..");
    }

    /** "Repository" names Micronaut Data interfaces in the persistence adapter only. */
    static ArchRule repositoriesLiveInPersistence(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".adapter.persistence..")
                .and().resideInAPackage(base + "..")
                .should().haveSimpleNameEndingWith("Repository");
    }

    /** No package cycles between bounded contexts. */
    static ArchRule noCyclesBetweenContexts(String base) {
        return slices().matching(base + ".(*).(*)..").should().beFreeOfCycles();
    }
}
