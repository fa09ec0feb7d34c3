package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.smilecity.exchange.adapt.AdaptationService;
import de.smilecity.exchange.adapt.PlanService;
import de.smilecity.exchange.adapt.ProjectPlan;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.TestAccounts;
import de.smilecity.exchange.security.UserAccount;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.envers.AuditReaderFactory;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One entry with every kind of private data, walked through every way out of the system as an
 * anonymous visitor: over real HTTP for the API, the exports, the feed, the kits and the head of the
 * detail page; browserless for the pages Vaadin renders (detail, history with every diff, search,
 * compare, organisations, a draft's address). No marker of the private data may appear anywhere. The
 * same markers are then looked for as the entry's own people and an editor see it, so that a marker
 * that never made it into the data cannot make the test pass.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PrivateDataHostileTest extends SignedInBrowserlessTest {

    /** The entry's own contributor (Kiel), an editor, and a contributor of Ulm who adapts and plans. */
    static final String KIEL_ACCOUNT = "konto-kiel-vertraulich";

    static final String EDITOR_ACCOUNT = "konto-redaktion-vertraulich";
    static final String ULM_ACCOUNT = "konto-ulm-vertraulich";
    static final String PASSWORD = "vertraulich-1234";

    /** Built once per Spring context: several test methods read the same entry. */
    static @Nullable Fixture fixture;

    static @Nullable ApplicationContext builtIn;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ContributionService contributions;

    @Autowired
    AdaptationService adaptations;

    @Autowired
    PlanService plans;

    @PersistenceContext
    EntityManager entityManager;

    final HttpClient http = HttpClient.newHttpClient();

    /**
     * @param markers every private string, by what it is
     * @param slug the published entry
     * @param unpublishedSlugs the working copy, the adaptation, the archived entry, the similar draft
     */
    record Fixture(Map<String, String> markers, String slug, long id, List<String> unpublishedSlugs) {}

    @BeforeEach
    void buildOnce() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        if (builtIn != spring) {
            fixture = build();
            builtIn = spring;
        }
    }

    Fixture fixture() {
        return Objects.requireNonNull(fixture);
    }

    private Fixture build() {
        String r = randomLetters();
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("members-only contact name", "Geheimkontakt" + r);
        markers.put("members-only contact e-mail", "geheim." + r + "@example.org");
        markers.put("members-only contact phone", "+49 431 5550" + digits());
        markers.put("members-only contact, new phone", "+49 431 4440" + digits());
        markers.put("contact made members-only later, name", "Ehemalsoffen" + r);
        markers.put("contact made members-only later, e-mail", "ehemals." + r + "@example.org");
        markers.put("contact made members-only later, phone", "+49 431 6660" + digits());
        markers.put("reviewer comment", "Kommentarmarke" + r);
        markers.put("transition comment", "Uebergangsmarke" + r);
        markers.put("working copy text", "Entwurfsmarke" + r);
        markers.put("adaptation in review", "Anpassungsmarke" + r);
        markers.put("plan note", "Planmarke" + r);
        markers.put("archived entry", "Archivmarke" + r);
        markers.put("similar draft of another organisation", "Aehnlichmarke" + r);
        markers.put("contributor account", KIEL_ACCOUNT);
        markers.put("editor account", EDITOR_ACCOUNT);
        markers.put("other organisation's account", ULM_ACCOUNT);
        createAccounts();
        Acting acting = new Acting(spring);
        String summary = "Lichtzeichen am Hafen zeigen Radfahrenden freie Wege; die Stadt misst den Verkehr.";

        Practice published = acting.as(KIEL_ACCOUNT, () -> {
            Practice draft = contributions.newDraft();
            draft.setTitle(
                    "Hafenlichter für Radwege " + r.toUpperCase(Locale.ROOT).charAt(0));
            draft.setSummary(summary);
            mobility(draft);
            draft.setProcessSteps(List.of(new ProcessStep("Kreuzungen auswählen", "Mit der Verkehrsplanung")));
            draft.setContacts(List.of(
                    new Contact("Mobilitätsteam", "Projektleitung", "Kiel", "mobil@example.org", null, true),
                    new Contact(
                            markers.get("members-only contact name"),
                            "Technik",
                            "Kiel",
                            markers.get("members-only contact e-mail"),
                            markers.get("members-only contact phone"),
                            false),
                    new Contact(
                            markers.get("contact made members-only later, name"),
                            "Presse",
                            "Kiel",
                            markers.get("contact made members-only later, e-mail"),
                            markers.get("contact made members-only later, phone"),
                            true)));
            return contributions.saveAndSubmit(draft);
        });
        long id = Objects.requireNonNull(published.getId());
        acting.run(EDITOR_ACCOUNT, () -> {
            contributions.comment(contributions.get(id), markers.get("reviewer comment"));
            contributions.transition(id, WorkflowAction.REQUEST_CHANGES, markers.get("transition comment"));
        });
        acting.run(KIEL_ACCOUNT, () -> contributions.saveAndSubmit(contributions.editable(published.getSlug())));
        acting.run(EDITOR_ACCOUNT, () -> contributions.transition(id, WorkflowAction.APPROVE, "ok"));
        // A second published version: the members-only contact has a new phone (so the diff shows
        // both), the press contact has a new role and is members-only from now on.
        Practice second = acting.as(KIEL_ACCOUNT, () -> {
            Practice copy = contributions.editable(published.getSlug());
            copy.getContacts().get(1).setPhone(markers.get("members-only contact, new phone"));
            copy.getContacts().get(2).setRole("Presse und Medien");
            copy.getContacts().get(2).setPublicContact(false);
            copy.setSummary(summary + " Seit 2026 an zwölf Kreuzungen.");
            return contributions.saveAndSubmit(copy);
        });
        acting.run(EDITOR_ACCOUNT, () -> contributions.transition(second.getId(), WorkflowAction.APPROVE, null));
        // An unpublished working copy of the published entry.
        Practice workingCopy = acting.as(KIEL_ACCOUNT, () -> {
            Practice copy = contributions.editable(published.getSlug());
            copy.setSummary(summary + " " + markers.get("working copy text"));
            return contributions.save(copy);
        });
        // Ulm adapts it (in review) and plans with it.
        Practice adaptation = acting.as(ULM_ACCOUNT, () -> {
            Practice draft = adaptations.adapt(published.getSlug(), null);
            draft.setTitle("Hafenlichter in Ulm " + markers.get("adaptation in review"));
            draft.getAdaptationChanges().setScope("Nur an der Donau");
            return contributions.saveAndSubmit(draft);
        });
        acting.run(ULM_ACCOUNT, () -> {
            ProjectPlan plan = plans.start(published.getSlug());
            plans.updateStep(
                    Objects.requireNonNull(plan.getId()), plan.getVersion(), 0, true, null, markers.get("plan note"));
        });
        // A similar draft of Ulm's own, never submitted.
        Practice similar = acting.as(ULM_ACCOUNT, () -> {
            Practice draft = contributions.newDraft();
            draft.setTitle("Hafenlichter für Radwege " + markers.get("similar draft of another organisation"));
            draft.setSummary(summary);
            mobility(draft);
            return contributions.save(draft);
        });
        // An entry of Kiel that was published and then archived.
        Practice archived = acting.as(EDITOR_ACCOUNT, () -> {
            Practice draft = contributions.newDraft();
            draft.setOrganisation(catalogue.getOrganisation("kiel"));
            draft.setTitle("Radwegelicht " + markers.get("archived entry"));
            draft.setSummary(summary);
            mobility(draft);
            Practice done = contributions.saveAndPublish(draft);
            return contributions.transition(Objects.requireNonNull(done.getId()), WorkflowAction.ARCHIVE, null);
        });
        return new Fixture(
                markers,
                published.getSlug(),
                id,
                List.of(workingCopy.getSlug(), adaptation.getSlug(), similar.getSlug(), archived.getSlug()));
    }

    private void mobility(Practice draft) {
        draft.setConcepts(
                ConceptScheme.INNOVATION_FIELD, Set.of(catalogue.conceptsByKey().get("innovation-field:mobility")));
    }

    private void createAccounts() {
        TestAccounts accounts = new TestAccounts(spring);
        PasswordEncoder encoder = spring.getBean(PasswordEncoder.class);
        long kiel = Objects.requireNonNull(catalogue.getOrganisation("kiel").getId());
        long ulm = Objects.requireNonNull(catalogue.getOrganisation("ulm").getId());
        record Account(String name, Role role, @Nullable Long organisation) {}
        for (Account a : List.of(
                new Account(KIEL_ACCOUNT, Role.CONTRIBUTOR, kiel),
                new Account(EDITOR_ACCOUNT, Role.EDITOR, null),
                new Account(ULM_ACCOUNT, Role.CONTRIBUTOR, ulm))) {
            if (accounts.exists(a.name())) continue;
            accounts.save(new UserAccount(
                    a.name(), "Test " + a.name(), a.role(), a.organisation(), encoder.encode(PASSWORD), Instant.now()));
        }
    }

    // ---- the visitor's ways out ----

    @Test
    void aVisitorFindsNoMarkerOnAnyWayOut() throws Exception {
        Fixture f = fixture();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, String> answer : visitorHttpAnswers(f).entrySet()) {
            seen.put("HTTP " + answer.getKey(), answer.getValue());
        }
        seen.putAll(visitorPages(f));
        List<String> leaks = leaks(f.markers(), seen);
        assertThat(leaks).as("private data a visitor sees").isEmpty();
        // The walk reached the entry: its public contact and its title were there.
        assertThat(seen.get("HTTP /api/v1/practices/" + f.slug())).contains("mobil@example.org");
        assertThat(seen.get("page /practices/" + f.slug() + "/history")).contains("Seit 2026");
    }

    /** Every answer over HTTP that speaks of entries, by its path. */
    private Map<String, String> visitorHttpAnswers(Fixture f) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        String slug = f.slug();
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/practices/" + slug,
                "/api/v1/practices/" + f.id(),
                "/api/v1/practices/" + slug + "/similar",
                "/api/v1/practices/" + slug + "/lineage",
                "/api/v1/practices/" + slug + "/kit.md",
                "/api/v1/practices/" + slug + "/kit.html",
                "/api/v1/compare?ids=" + slug + ",vorlage-lorawan-sensornetz-aufbauen",
                "/api/v1/practices?q=Hafenlichter",
                "/api/v1/practices?q=Radwege&size=100",
                "/api/v1/practices?organisation=kiel&size=100",
                "/api/v1/suggest?q=Hafen",
                "/api/v1/export.csv",
                "/api/v1/export.json",
                "/api/v1/export.jsonld",
                "/api/v1/export.json?q=Hafenlichter",
                "/feed.atom",
                "/feed.atom?q=Hafenlichter",
                "/practices/" + slug,
                "/practices/" + slug + "/history",
                "/organisations/kiel"));
        for (String marker : f.markers().values()) {
            String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
            paths.add("/api/v1/practices?q=" + q);
            paths.add("/api/v1/suggest?q=" + q);
            paths.add("/api/v1/export.csv?q=" + q);
        }
        for (String other : f.unpublishedSlugs()) {
            paths.add("/api/v1/practices/" + other);
            paths.add("/api/v1/practices/" + other + "/lineage");
            paths.add("/api/v1/practices/" + other + "/kit.md");
            paths.add("/api/v1/practices/" + other + "/similar");
            paths.add("/api/v1/compare?ids=" + slug + "," + other);
            paths.add("/practices/" + other);
        }
        for (String path : paths) {
            answers.put(path, get(path, null).text());
        }
        Answer pdf = get("/api/v1/practices/" + slug + "/kit.pdf", null);
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            answers.put("/api/v1/practices/" + slug + "/kit.pdf", new PDFTextStripper().getText(document));
        }
        return answers;
    }

    /** What the browserless UI renders for a visitor, page by page, every pair of versions included. */
    private Map<String, String> visitorPages(Fixture f) {
        Map<String, String> pages = new LinkedHashMap<>();
        String slug = f.slug();
        List<String> locations = new ArrayList<>(List.of(
                "practices/" + slug,
                "practices/" + slug + "/history",
                "practices?q=Hafenlichter",
                "organisations/kiel",
                "organisations/ulm",
                "compare?ids=" + slug + ",vorlage-lorawan-sensornetz-aufbauen"));
        // Every pair of recorded versions, those before publication too: a visitor may type any number.
        List<Number> revisions = revisions(f.id());
        for (Number from : revisions) {
            for (Number to : revisions) {
                locations.add("practices/" + slug + "/history?from=" + from + "&to=" + to);
            }
        }
        for (String marker : f.markers().values()) {
            locations.add("practices?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        }
        for (String other : f.unpublishedSlugs()) {
            locations.add("practices/" + other);
            locations.add("practices/" + other + "/history");
            locations.add("compare?ids=" + slug + "," + other);
        }
        for (String location : locations) {
            pages.put("page /" + location, render(location));
        }
        return pages;
    }

    /** The page at the location as the server renders it: the outermost layout with the view inside. */
    private String render(String location) {
        int query = location.indexOf('?');
        UI ui = UI.getCurrent();
        if (query < 0) {
            ui.navigate(location);
        } else {
            ui.navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "" : chain.getLast().getElement().getOuterHTML();
    }

    // ---- the positive control ----

    @Test
    void theEntrysOwnPeopleAndEditorsStillSeeWhatTheyMaySee() throws Exception {
        Fixture f = fixture();
        Map<String, String> markers = f.markers();
        List<Number> revisions = revisions(f.id());
        String firstToLast =
                "practices/" + f.slug() + "/history?from=" + revisions.getFirst() + "&to=" + revisions.getLast();
        String asEditor = new Acting(spring).as(EDITOR_ACCOUNT, () -> textOf(render(firstToLast)));
        assertThat(asEditor)
                .contains(markers.get("members-only contact name"))
                .contains(markers.get("members-only contact e-mail"))
                .contains(markers.get("contact made members-only later, e-mail"))
                .contains(KIEL_ACCOUNT)
                .contains(EDITOR_ACCOUNT);
        String ownHistory =
                new Acting(spring).as(KIEL_ACCOUNT, () -> textOf(render("practices/" + f.slug() + "/history")));
        assertThat(ownHistory)
                .contains(markers.get("members-only contact phone"))
                .contains(markers.get("members-only contact, new phone"))
                .contains(EDITOR_ACCOUNT);
        String detail = new Acting(spring).as(ULM_ACCOUNT, () -> render("practices/" + f.slug()));
        assertThat(detail).contains(markers.get("members-only contact e-mail"));
        String kiel = basic(KIEL_ACCOUNT);
        assertThat(ok("/api/v1/practices/" + f.slug(), kiel))
                .contains(markers.get("members-only contact e-mail"))
                .contains(markers.get("contact made members-only later, phone"));
        assertThat(ok("/api/v1/practices/" + f.unpublishedSlugs().getFirst(), kiel))
                .contains(markers.get("working copy text"));
        assertThat(ok("/api/v1/practices/" + f.unpublishedSlugs().get(1), basic(ULM_ACCOUNT)))
                .contains(markers.get("adaptation in review"));
        String entry = new Acting(spring)
                .as(
                        KIEL_ACCOUNT,
                        () -> contributions.comments(contributions.get(f.id())).stream()
                                        .map(c -> c.getText())
                                        .toList()
                                        .toString()
                                + contributions.steps(contributions.get(f.id())).stream()
                                        .map(t -> String.valueOf(t.getComment()))
                                        .toList());
        assertThat(entry).contains(markers.get("reviewer comment")).contains(markers.get("transition comment"));
        assertThat(new Acting(spring)
                        .as(
                                ULM_ACCOUNT,
                                () -> plans.mine().stream()
                                        .flatMap(p -> p.getSteps().stream())
                                        .map(s -> s.getNote())
                                        .toList()))
                .contains(markers.get("plan note"));
    }

    // ---- plumbing ----

    /** Every version the audit tables hold of the entry, oldest first. */
    List<Number> revisions(long id) {
        TransactionTemplate readOnly = new TransactionTemplate(spring.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        return Objects.requireNonNull(
                readOnly.execute(status -> AuditReaderFactory.get(entityManager).getRevisions(Practice.class, id)));
    }

    /**
     * Each marker found, as "what it is" in "where"; looked for in the answer as it is and in its
     * text without markup, since a diff splits a phone number into a kept and a deleted part.
     */
    static List<String> leaks(Map<String, String> markers, Map<String, String> seen) {
        List<String> leaks = new ArrayList<>();
        seen.forEach((where, answer) -> markers.forEach((what, marker) -> {
            String text = answer + "\n" + textOf(answer);
            if (text.contains(marker) || text.contains(marker.replace(" ", ""))) {
                leaks.add(what + " in " + where);
            }
        }));
        return leaks;
    }

    /** What a reader of the page sees: its text without the markup. */
    static String textOf(String html) {
        return Jsoup.parse(html).text();
    }

    record Answer(int status, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    Answer get(String path, @Nullable String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
                .GET();
        if (authorization != null) request.header("Authorization", authorization);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    /** The body of a 200 answer; any other status fails with the status and the body. */
    String ok(String path, String authorization) throws IOException, InterruptedException {
        Answer answer = get(path, authorization);
        assertThat(answer.status()).as("%s answered %s", path, answer.text()).isEqualTo(200);
        return answer.text();
    }

    static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomLetters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++)
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return s.toString();
    }

    private static String digits() {
        return String.valueOf(100 + ThreadLocalRandom.current().nextInt(900));
    }
}
