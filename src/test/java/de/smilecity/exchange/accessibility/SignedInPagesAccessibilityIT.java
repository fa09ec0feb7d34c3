package de.smilecity.exchange.accessibility;

import de.smilecity.exchange.adapt.PlanService;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.crawl.TestCandidates;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every page and state behind the sign-in, as each role sees it, in both languages: the partner's
 * entries, forms empty and with errors, dialogs, empty states, the editor's review and crawler
 * pages, the administrator's users and index, and the kit's printable page. Each is checked by
 * {@link PageAudit}: axe-core (serious and critical fail), html lang, headings, landmarks, reflow at
 * 320 px, skip link, distinct titles.
 */
class SignedInPagesAccessibilityIT extends BrowserTest {

    static final String TEMPLATE = "vorlage-lorawan-sensornetz-aufbauen";
    static final String KIEL_ENTRY = "kiel-landstrom-hafen";

    @Autowired
    ApplicationContext spring;

    /** What the pages show, made once for the application all tests of this class share. */
    private record Fixture(
            long draft, long submitted, long workingCopy, long plan, long run, long candidate, long source) {}

    private static Fixture fixture;

    private synchronized Fixture fixture() {
        if (fixture != null) return fixture;
        Acting acting = new Acting(spring);
        ContributionService contributions = spring.getBean(ContributionService.class);
        CatalogueService catalogue = spring.getBean(CatalogueService.class);
        long draft = acting.as("partner", () -> id(contributions.save(entry(contributions, catalogue, "Entwurf"))));
        long submitted = acting.as(
                "partner", () -> id(contributions.saveAndSubmit(entry(contributions, catalogue, "Eingereicht"))));
        long workingCopy = acting.as("partner", () -> {
            Practice copy = contributions.editable(KIEL_ENTRY);
            copy.setSummary(
                    "Fähren und Ausflugsschiffe nehmen im Kieler Hafen Landstrom, statt am Kai die Motoren laufen zu lassen.");
            return id(contributions.save(copy));
        });
        long plan = acting.as(
                "partner",
                () -> Objects.requireNonNull(
                        spring.getBean(PlanService.class).start(TEMPLATE).getId()));
        ImportCandidate candidate = new TestCandidates(spring)
                .pending(
                        "https://partner.example.org/projekte/lastenrad-verleih",
                        "Lastenräder zum Ausleihen an der Bibliothek",
                        "Die Stadtbibliothek verleiht drei Lastenräder, gebucht über den Bibliotheksausweis.");
        long source = Objects.requireNonNull(
                spring.getBean(PartnerSourceService.class).all().getFirst().getId());
        fixture = new Fixture(draft, submitted, workingCopy, plan, candidate.getRunId(), candidate.id(), source);
        return fixture;
    }

    private static Practice entry(ContributionService contributions, CatalogueService catalogue, String what) {
        Practice p = contributions.newDraft();
        p.setTitle("Barrierefreie Bürgerdienste – " + what);
        p.setSummary("Formulare der Stadt, die mit Tastatur und Screenreader ausgefüllt werden können.");
        p.setLanguage("de");
        p.setConcepts(
                ConceptScheme.INNOVATION_FIELD,
                Set.of(catalogue.conceptsByKey().get("innovation-field:administration")));
        return p;
    }

    private static long id(Practice practice) {
        return Objects.requireNonNull(practice.getId());
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "en"})
    void thePartnersPagesAndStates(String language) {
        Fixture f = fixture();
        PageAudit audit = signedIn("partner", "partner", language);
        audit.page("my entries", "my-entries", "#main h1");
        audit.page("inbox, empty", "inbox", "#main h1");
        audit.page("new entry form", "practices/new", "#title input");
        audit.state(
                "new entry form with errors",
                p -> p.locator("vaadin-button#save").click(),
                "#title[invalid]");
        audit.page("draft workspace", "entries/" + f.draft(), "#entry-state");
        audit.state("submit dialog", p -> p.locator("vaadin-button#step-submit").click(), "#confirm-step");
        audit.page("new version with changes", "entries/" + f.workingCopy(), "#entry-diff");
        audit.page("template with adapt and kit", "practices/" + TEMPLATE, "#kit-links");
        audit.page("plans", "plans", "#main h1");
        audit.page("plan", "plans/" + f.plan(), "#main h1");
        audit.page("comparison, nothing chosen", "compare", "#compare-empty");
        audit.state("comparison", p -> p.navigate(url("compare?ids=" + TEMPLATE + "," + KIEL_ENTRY)), "#compare-table");
        audit.page("account", "account", "#account-who");
        audit.page("printable kit", "api/v1/practices/" + TEMPLATE + "/kit.html", "h1", null);
        audit.assertClean();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "en"})
    void theEditorsPagesAndStates(String language) {
        Fixture f = fixture();
        PageAudit audit = signedIn("editor", "editor", language);
        audit.page("review queue", "review", "#review-queue");
        audit.state(
                "review queue, filtered to nothing",
                p -> p.navigate(url("review?organisation=ulm&age=month")),
                "#review-empty");
        audit.page("entry in review", "entries/" + f.submitted(), "#entry-state");
        audit.state(
                "request changes dialog",
                p -> p.locator("vaadin-button#step-requestChanges").click(),
                "#step-comment");
        audit.state(
                "request changes without a comment",
                p -> p.locator("vaadin-button#confirm-step").click(),
                "#step-comment[invalid]");
        audit.page("entry to adapt", "practices/" + KIEL_ENTRY, "#adapt-practice");
        audit.state(
                "adapt dialog", p -> p.locator("vaadin-button#adapt-practice").click(), "#adapt-organisation");
        audit.state(
                "adapt dialog without an organisation",
                p -> p.locator("vaadin-button#adapt-confirm").click(),
                "#adapt-organisation[invalid]");
        audit.page("history", "practices/" + KIEL_ENTRY + "/history", "#main h1");
        audit.page("organisations", "organisations", "#main h1");
        audit.page("sources", "admin/sources", "#sources");
        audit.page("source form", "admin/sources/" + f.source() + "/edit", "#save-source");
        audit.page("runs", "admin/runs", "#runs");
        audit.page("run", "admin/runs/" + f.run(), "#run-state");
        audit.page("candidates", "admin/candidates", "#candidates");
        audit.page("candidate review", "admin/candidates/" + f.candidate(), "#candidate-title");
        audit.assertClean();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "en"})
    void theAdministratorsPagesAndStates(String language) {
        fixture();
        PageAudit audit = signedIn("admin", "admin", language);
        audit.page("users", "admin/users", "#users");
        audit.state(
                "new user dialog", p -> p.locator("vaadin-button#create-user").click(), "#user-username");
        audit.state(
                "new user dialog with errors",
                p -> p.locator("vaadin-button#save-user").click(),
                "[invalid]");
        audit.page("search index", "admin/index", "#index-health");
        audit.page("account", "account", "#account-who");
        audit.state(
                "new API token",
                p -> {
                    p.locator("#token-name input").fill("Barrierefreiheitstest");
                    p.locator("vaadin-button#create-token").click();
                },
                "#new-token *");
        audit.state(
                "revoke token dialog",
                p -> p.locator("#tokens vaadin-button[id^=revoke-]").first().click(),
                "[slot=confirm-button]");
        audit.assertClean();
    }

    private PageAudit signedIn(String user, String password, String language) {
        page.navigate(url("?lang=" + language));
        signIn(user, password);
        return new PageAudit(page, this::url, language);
    }
}
