package de.smilecity.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

/** The house rules of the code base that a review would otherwise have to repeat. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.smilecity.exchange");

    @Test
    void onlyTheSearchFeatureKnowsLuceneAndHibernateSearch() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("de.smilecity.exchange.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "org.hibernate.search..")
                .because("the index is derived from the database and only the search feature may touch it");
        rule.check(CLASSES);
    }

    @Test
    void onlyTheFetcherOpensConnections() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("de.smilecity.exchange.crawl.internal.fetch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..")
                .orShould()
                .callMethod(java.net.URL.class, "openConnection")
                .orShould()
                .callMethod(org.jsoup.Jsoup.class, "connect", String.class)
                .because("every request to another site must pass the crawler's safety checks");
        rule.check(CLASSES);
    }

    @Test
    void onlyUiPackagesKnowVaadin() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .and()
                .doNotHaveFullyQualifiedName(Application.class.getName())
                // Spring Security must be told about Vaadin's internal requests and the login view.
                .and()
                .doNotHaveFullyQualifiedName("de.smilecity.exchange.security.SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("services and entities must stay usable from the API, the crawler and tests");
        rule.check(CLASSES);
    }

    @Test
    void everyRouteHasAnAccessAnnotation() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould()
                .beAnnotatedWith(jakarta.annotation.security.DenyAll.class)
                .because("a view without one is either open by accident or unreachable by accident");
        rule.check(CLASSES);
    }

    @Test
    void nothingWritesToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }

    @Test
    void nothingUsesFieldInjection() {
        noFields()
                .should()
                .beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
                .because("constructor injection makes dependencies visible and tests simple")
                .check(CLASSES);
    }

    @Test
    void servicesTakeTheTimeFromTheClock() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .because("an injected Clock makes time testable")
                .check(CLASSES);
    }
}
