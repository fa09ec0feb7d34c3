package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the ground truth of the crawl evaluation sets ({@code src/test/resources/crawl-eval/} to {@code
 * crawl-eval-14/}, all fourteen now sets the crawler is tuned on, and {@code crawl-eval-15/}, held out)
 * true to their files. It never runs
 * the crawler: the sets exist to report on the crawler, and a test that tuned the crawler against
 * them would spoil that.
 */
class CrawlEvaluationSetTest {

    /** The sets, each a folder on the test classpath with a {@code manifest.yaml}. */
    static final List<String> SETS = List.of(
            "crawl-eval",
            "crawl-eval-2",
            "crawl-eval-3",
            "crawl-eval-4",
            "crawl-eval-5",
            "crawl-eval-6",
            "crawl-eval-7",
            "crawl-eval-8",
            "crawl-eval-9",
            "crawl-eval-10",
            "crawl-eval-11",
            "crawl-eval-12",
            "crawl-eval-13",
            "crawl-eval-14",
            "crawl-eval-15");
    /** A report's source text marks a page break with a line holding only a form feed. */
    private static final String PAGE_BREAK = "\n\f\n";
    /** How the sites write a value they do not know. */
    private static final Pattern PLACEHOLDER = Pattern.compile("k\\. A\\.|n/a");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manifest(List<Site> sites) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Site(String name, String folder, String origin, List<Page> pages, List<Report> reports, Sitemap sitemap) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(
            String path,
            boolean project,
            String duplicateOf,
            Map<String, Object> facts,
            Map<String, String> asWritten,
            List<String> statedUnknown,
            List<String> reports) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String path,
            String source,
            String linkedFrom,
            int pages,
            boolean textLayer,
            @Nullable Boolean overCap,
            List<Question> questions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String question, int page, String answer) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sitemap(List<String> listed) {}

    private Path root = Path.of(".");
    private Manifest manifest = new Manifest(List.of());

    private void read(String set) throws URISyntaxException, IOException {
        String name = "/" + set + "/manifest.yaml";
        var url = CrawlEvaluationSetTest.class.getResource(name);
        assertThat(url).as(name + " on the test classpath").isNotNull();
        root = Path.of(url.toURI()).getParent();
        manifest = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build()
                .readValue(Files.readString(root.resolve("manifest.yaml")), Manifest.class);
        assertThat(manifest.sites()).as("sites of " + set).hasSize(2);
    }

    static List<String> sets() {
        return SETS;
    }

    @ParameterizedTest
    @MethodSource("sets")
    void listsEveryPageOfBothSitesAndNothingElse(String set) throws Exception {
        read(set);
        for (Site site : manifest.sites()) {
            Path folder = root.resolve(site.folder());
            Set<String> listed =
                    new TreeSet<>(site.pages().stream().map(Page::path).toList());
            assertThat(listed)
                    .as("pages listed twice in site %s", site.name())
                    .hasSize(site.pages().size());
            try (Stream<Path> files = Files.walk(folder)) {
                Set<String> onDisk = new TreeSet<>(files.filter(CrawlEvaluationSetTest::isPage)
                        .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                        .toList());
                assertThat(onDisk).as("HTML files of site %s", site.name()).isEqualTo(listed);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void pointsDuplicatesAtListedProjectPages(String set) throws Exception {
        read(set);
        for (Site site : manifest.sites()) {
            for (Page page : site.pages()) {
                if (page.duplicateOf() == null) continue;
                assertThat(page.project())
                        .as("%s is a copy of a project page", page.path())
                        .isTrue();
                String target = page.duplicateOf();
                Site targetSite = site;
                int colon = target.indexOf(':');
                if (colon > 0) {
                    targetSite = site(target.substring(0, colon));
                    target = target.substring(colon + 1);
                }
                Page original = page(targetSite, target);
                assertThat(original.project())
                        .as("duplicate target %s", page.duplicateOf())
                        .isTrue();
                assertThat(original.duplicateOf())
                        .as("%s must not itself be a copy", page.duplicateOf())
                        .isNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void findsEveryFactAsWrittenOnItsPage(String set) throws Exception {
        read(set);
        for (Site site : manifest.sites()) {
            for (Page page : site.pages()) {
                boolean copyWithoutOwnFacts = page.duplicateOf() != null && page.facts() == null;
                if (!page.project() || copyWithoutOwnFacts) continue;
                assertThat(page.facts())
                        .as("facts of project page %s", page.path())
                        .isNotNull();
                String text = Jsoup.parse(root.resolve(site.folder()).resolve(page.path()), "UTF-8")
                        .text();
                List<String> written = new ArrayList<>();
                written.add((String) page.facts().get("title"));
                if (page.asWritten() != null) written.addAll(page.asWritten().values());
                for (String value : written) {
                    assertThat(text).as("text of %s", page.path()).contains(value);
                }
                int unknown =
                        page.statedUnknown() == null ? 0 : page.statedUnknown().size();
                assertThat(count(PLACEHOLDER, text))
                        .as("'k. A.'/'n/a' on %s against stated_unknown %s", page.path(), page.statedUnknown())
                        .isEqualTo(unknown);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void answersEveryReportQuestionOnTheNamedPageOnly(String set) throws Exception {
        read(set);
        for (Site site : manifest.sites()) {
            for (Report report : site.reports()) {
                assertThat(report.path()).isEqualTo(report.source().replaceFirst("\\.txt$", ".pdf"));
                assertThat(page(site, report.linkedFrom()).reports()).contains(report.path());
                String source =
                        Files.readString(root.resolve(site.folder()).resolve(report.source()), StandardCharsets.UTF_8);
                assertThat(source)
                        .as("%s is written for WinAnsi fonts", report.source())
                        .matches("[\\x00-\\xff€„“”–—…‚‘’]*");
                String[] pages = source.split(PAGE_BREAK, -1);
                assertThat(pages).as("pages of %s", report.source()).hasSize(report.pages());
                // A report over the size cap is refused unread, so nothing can be asked of it.
                assertThat(report.questions()).hasSize(Boolean.TRUE.equals(report.overCap()) ? 0 : 2);
                for (Question question : report.questions()) {
                    for (int i = 0; i < pages.length; i++) {
                        boolean answers = pages[i].replaceAll("\\s+", " ").contains(question.answer());
                        assertThat(answers)
                                .as(
                                        "'%s' on page %d of %s (%s)",
                                        question.answer(), i + 1, report.source(), question.question())
                                .isEqualTo(i + 1 == question.page());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void sitemapListsExactlyThePagesTheManifestSays(String set) throws Exception {
        read(set);
        for (Site site : manifest.sites()) {
            if (site.sitemap() == null) continue;
            String sitemap = Files.readString(root.resolve(site.folder()).resolve("sitemap.xml"));
            Matcher loc = Pattern.compile("<loc>" + Pattern.quote(site.origin() + "/") + "([^<]*)</loc>")
                    .matcher(sitemap);
            List<String> listed = new ArrayList<>();
            // A folder's address ("" for the home page, "projekte/") names its index.html.
            while (loc.find())
                listed.add(
                        loc.group(1).isEmpty() || loc.group(1).endsWith("/")
                                ? loc.group(1) + "index.html"
                                : loc.group(1));
            assertThat(listed)
                    .as("sitemap of %s", site.name())
                    .containsExactlyInAnyOrderElementsOf(site.sitemap().listed());
        }
    }

    /**
     * An HTML file, a SharePoint page ({@code SitePages/x.aspx}), or an extensionless file as a CMS
     * serves its pages ("node/101").
     */
    private static boolean isPage(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".aspx") || !name.contains("."));
    }

    private Site site(String name) {
        return manifest.sites().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No site '" + name + "' in " + root.resolve("manifest.yaml")));
    }

    private Page page(Site site, String path) {
        return site.pages().stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "No page '" + path + "' of site " + site.name() + " in " + root.resolve("manifest.yaml")));
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
