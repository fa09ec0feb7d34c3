package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/** The rules of an entry, as entity, form and API apply them. */
class PracticeRulesTest {

    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new LocaleInterpolator(Locale.GERMAN))
            .buildValidatorFactory()
            .getValidator();

    @Test
    void aCompleteEntryIsValid() {
        assertThat(violations(valid())).isEmpty();
    }

    @Test
    void needsATitleAndAShortSummary() {
        Practice p = valid();
        p.setTitle(" ");
        p.setSummary("x".repeat(400));
        assertThat(violations(p))
                .containsEntry("title", "Bitte geben Sie einen Titel ein")
                .containsEntry("summary", "Die Zusammenfassung darf höchstens 300 Zeichen lang sein");
    }

    @Test
    void limitsTheTitleTo120Characters() {
        Practice p = valid();
        p.setTitle("t".repeat(Practice.TITLE_MAX_LENGTH));
        assertThat(violations(p)).isEmpty();
        p.setTitle("t".repeat(Practice.TITLE_MAX_LENGTH + 1));
        assertThat(violations(p)).containsKey("title");
    }

    @Test
    void needsAnOrganisationAndAnInnovationField() {
        Practice p = valid();
        p.setOrganisation(null);
        p.setInnovationFields(Set.of());
        assertThat(violations(p)).containsKeys("organisation", "innovationFields");
    }

    @Test
    void refusesAnEndYearBeforeTheStartYear() {
        Practice p = valid();
        p.setStartYear(2024);
        p.setEndYear(2021);
        assertThat(violations(p)).containsEntry("endYear", "Das Endjahr kann nicht vor dem Startjahr liegen");
        assertThat(Practice.isYearRangeValid(2021, 2021)).isTrue();
        assertThat(Practice.isYearRangeValid(null, 2021)).isTrue();
    }

    @Test
    void aDiscontinuedPracticeSaysWhy() {
        Practice p = valid();
        p.setPhase(Phase.DISCONTINUED);
        assertThat(violations(p)).containsKey("discontinuedReason");
        p.setDiscontinuedReason("Förderung lief aus");
        assertThat(violations(p)).isEmpty();
    }

    @Test
    void anAdaptationNamesItsOriginal() {
        Practice p = valid();
        p.setKind(PracticeKind.ADAPTATION);
        assertThat(violations(p)).containsKey("adaptedFrom");
        p.setAdaptedFrom(valid());
        assertThat(violations(p)).isEmpty();
    }

    @Test
    void linksAreWebAddressesOnly() {
        Practice p = valid();
        p.setLinks(List.of(new Link("Böse", "javascript:alert(1)", LinkType.WEBSITE, null)));
        assertThat(violations(p)).containsEntry("links[0].url", "Die Adresse muss mit http:// oder https:// beginnen");
    }

    @Test
    void contactsNeedARoleAndAValidAddress() {
        Practice p = valid();
        p.setContacts(List.of(new Contact("Team", "", null, "kein-mail", null, true)));
        assertThat(violations(p)).containsKeys("contacts[0].role", "contacts[0].email");
    }

    @Test
    void keywordsAreShort() {
        Practice p = valid();
        p.setKeywords(List.of("k".repeat(Practice.TAG_MAX_LENGTH + 1)));
        assertThat(violations(p)).containsKey("keywords[0].<list element>");
    }

    @Test
    void completenessGrowsWithFilledFields() {
        Practice sparse = valid();
        int before = Completeness.percent(sparse);
        sparse.setChallenge("Warum");
        sparse.setKeywords(List.of("Test"));
        assertThat(Completeness.percent(sparse)).isGreaterThan(before);
        assertThat(before).isBetween(0, 100);
    }

    private Map<String, String> violations(Practice p) {
        Set<ConstraintViolation<Practice>> found = validator.validate(p);
        return found.stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a));
    }

    private static Practice valid() {
        Practice p = new Practice();
        p.setSlug("test-eintrag");
        p.setTitle("Testeintrag");
        p.setSummary("Eine kurze Zusammenfassung.");
        p.setOrganisation(new Organisation("rostock", "Rostock", OrganisationKind.CITY, "DE"));
        p.setInnovationFields(
                Set.of(new Concept(ConceptScheme.INNOVATION_FIELD, "mobility", "Mobilität", "Mobility", 1)));
        p.setPhase(Phase.OPERATION);
        return p;
    }

    /** Interpolates messages in one fixed language, as the UI and the API do per request. */
    private record LocaleInterpolator(Locale locale) implements jakarta.validation.MessageInterpolator {
        private static final ResourceBundleMessageInterpolator DELEGATE =
                new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator("ValidationMessages"));

        @Override
        public String interpolate(String template, Context context) {
            return DELEGATE.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return DELEGATE.interpolate(template, context, locale);
        }
    }
}
