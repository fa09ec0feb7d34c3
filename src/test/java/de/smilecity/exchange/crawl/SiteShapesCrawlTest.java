package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.Acting;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A run without profile weighs the pages that only the last page-kind rule calls projects against the
 * site's project pages: a text page of another layout without facts is none, a mailing that repeats a
 * project is still offered as its copy, also when it asks not to be indexed.
 */
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
class SiteShapesCrawlTest {

    static final String SITE = "shapes-site";

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    ApplicationContext spring;

    @Test
    void aSitePageShapedUnlikeItsProjectsIsNoneWhileAMailingThatRepeatsOneIsItsCopy() {
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving(SITE)) {
                CrawlRun run = Fixtures.runToEnd(crawls, sources.save(Fixtures.source(SITE, server)));
                assertThat(run.getState()).isEqualTo(RunState.FINISHED);
                Map<String, ImportCandidate> byPath = candidates.ofRun(run.id()).stream()
                        .collect(Collectors.toMap(
                                c -> c.getSourceUrl().substring(server.base().length()), Function.identity()));
                assertThat(byPath)
                        .containsOnlyKeys(
                                "/vorhaben/moorbahn-takt.html",
                                "/vorhaben/torfhaus-nahwaerme.html",
                                "/vorhaben/deichpfad-sensoren.html",
                                "/post/ausgabe-7.html");

                ImportCandidate mailing = byPath.get("/post/ausgabe-7.html");
                ImportCandidate original = byPath.get("/vorhaben/deichpfad-sensoren.html");
                assertThat(mailing.getResemblance()).hasValueSatisfying(r -> {
                    assertThat(r.kind()).isEqualTo(Resemblance.Kind.CANDIDATE);
                    assertThat(r.id()).isEqualTo(original.getId());
                    assertThat(r.byDetails()).isFalse();
                });
                List.of("/vorhaben/moorbahn-takt.html", "/vorhaben/torfhaus-nahwaerme.html")
                        .forEach(path -> assertThat(byPath.get(path).getResemblance())
                                .as(path)
                                .isEmpty());

                Map<String, CrawlOutcome> outcomes = crawls.outcomes(run.id()).stream()
                        .collect(Collectors.toMap(
                                o -> o.getUrl().substring(server.base().length()), Function.identity(), (a, b) -> a));
                assertThat(outcomes.get("/mitwirken.html")).satisfies(o -> {
                    assertThat(o.getOutcome()).isEqualTo(Outcome.SKIPPED);
                    assertThat(o.getReason())
                            .startsWith("not a project page: it states 0 of a project's facts under a label")
                            .contains("main>div.seite-inhalt", "3 project pages");
                });
            }
        });
    }
}
