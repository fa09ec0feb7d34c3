package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NodeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** For view tests outside the crawl package: pending candidates stored as a crawl would store them. */
public final class TestCandidates {

    /** The node of runs stored by tests: no app process of the tests is called so. */
    static final NodeId NODE = new NodeId("test-fixture-node");

    private final ApplicationContext spring;

    public TestCandidates(ApplicationContext spring) {
        this.spring = spring;
    }

    /** A pending candidate of a new source, with the given page and texts. */
    public ImportCandidate pending(String url, String title, String description) {
        PartnerSource source = new PartnerSource();
        source.setName("Testquelle " + System.nanoTime());
        source.setStartUrls(List.of(url));
        long sourceId = Objects.requireNonNull(
                spring.getBean(PartnerSourceRepository.class).save(source).getId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long runId = spring.getBean(CrawlRunRepository.class)
                .save(new CrawlRun(sourceId, "editor", now, NODE))
                .id();
        ImportCandidate c = new ImportCandidate(
                runId,
                sourceId,
                url,
                now,
                UUID.randomUUID().toString().replace("-", "").repeat(2));
        c.setTitle(title);
        c.setSummary("Vom Partner übernommen.");
        c.setDescription(description);
        c.setInnovationFields(List.of("mobility"));
        return spring.getBean(ImportCandidateRepository.class).save(c);
    }

    /** Marks the candidate as a copy of another, as the crawl does when their texts agree. */
    public ImportCandidate copyOf(ImportCandidate copy, ImportCandidate original, double similarity) {
        copy.setResemblance(new Resemblance(Resemblance.Kind.CANDIDATE, original.id(), similarity));
        return spring.getBean(ImportCandidateRepository.class).save(copy);
    }

    /** A run of a new source that the node {@code node} was crawling when it went silent, marked as the check marks it. */
    public CrawlRun lostRun(String node) {
        PartnerSource source = new PartnerSource();
        source.setName("Verlorene Quelle " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/"));
        long sourceId = Objects.requireNonNull(
                spring.getBean(PartnerSourceRepository.class).save(source).getId());
        Instant then = Instant.parse("2026-03-02T08:15:00Z");
        CrawlRun run = new CrawlRun(sourceId, "editor", then, new NodeId(node));
        run.setState(RunState.RUNNING);
        run.interrupt(Interruption.NODE_SILENT, then.plusSeconds(600), null);
        return spring.getBean(CrawlRunRepository.class).save(run);
    }

    /**
     * A finished run that went on with {@code lost}, recorded as the node that found it lost records
     * it; it is stored only, not crawled.
     */
    public CrawlRun continuation(CrawlRun lost) {
        CrawlRunRepository runs = spring.getBean(CrawlRunRepository.class);
        CrawlRun next = CrawlRun.continuing(lost, lost.getFinishedAt(), new NodeId("app-1"));
        next.setState(RunState.FINISHED);
        next = runs.save(next);
        lost.interrupt(Interruption.NODE_SILENT, lost.getFinishedAt(), next.id());
        runs.save(lost);
        return next;
    }

    /** A finished run of the same source as {@code run}, queued at {@code queuedAt}; stored only, not crawled. */
    public CrawlRun finishedRun(CrawlRun run, Instant queuedAt) {
        CrawlRun next = new CrawlRun(run.getSourceId(), "editor", queuedAt, NODE);
        next.setState(RunState.FINISHED);
        return spring.getBean(CrawlRunRepository.class).save(next);
    }

    /** Stores on the run where its candidates took their fields from, as the crawl records it. */
    public void countOrigins(CrawlRun run, Map<String, Map<String, Integer>> counts) {
        spring.getBean(CrawlRecorder.class).counted(run.id(), new FieldOrigins(counts));
    }
}
