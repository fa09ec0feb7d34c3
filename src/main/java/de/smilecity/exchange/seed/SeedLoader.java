package de.smilecity.exchange.seed;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.contribute.LoadedContentPublisher;
import de.smilecity.exchange.crawl.ExtractionProfile;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.seed.SeedFiles.MarkdownFile;
import de.smilecity.exchange.seed.SeedFormat.ConceptEntry;
import de.smilecity.exchange.seed.SeedFormat.OrganisationEntry;
import de.smilecity.exchange.seed.SeedFormat.PracticeHeader;
import de.smilecity.exchange.seed.SeedFormat.SourceEntry;
import de.smilecity.exchange.seed.SeedFormat.TaxonomyFile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed-content/ into the database: taxonomies, organisations, then practices (originals before
 * their adaptations). Each file is checked completely first and then written in one transaction, so
 * a broken file loads nothing of itself and does not stop the others. Every item is loaded once:
 * a restart, or a file changed later, never overwrites what is in the app.
 */
@Service
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    /** The name the seed content's publications are recorded in. */
    static final String SEED_LOADER = "seed-content";

    private final CatalogueService catalogue;
    private final Entries entries;
    private final LoadedContentPublisher publisher;
    private final PartnerSourceService sources;
    private final SeedRecordRepository records;
    private final Validator validator;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SeedLoader(
            CatalogueService catalogue,
            Entries entries,
            LoadedContentPublisher publisher,
            PartnerSourceService sources,
            SeedRecordRepository records,
            Validator validator,
            TransactionTemplate transactions,
            Clock clock) {
        this.catalogue = catalogue;
        this.entries = entries;
        this.publisher = publisher;
        this.sources = sources;
        this.records = records;
        this.validator = validator;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads what is new in the given seed folder and reports what it did; it never throws for a bad file. */
    public SeedReport load(Path root) {
        Run run = new Run();
        for (Path file : SeedFiles.list(root.resolve("taxonomies"), ".yaml")) {
            run.attempt(file, () -> loadTaxonomy(root, file, run));
        }
        Path orgFile = root.resolve("organisations.yaml");
        if (orgFile.toFile().isFile()) {
            run.attempt(orgFile, () -> loadOrganisations(root, orgFile, run));
        }
        for (MarkdownFile file : practiceFilesInOrder(root, run)) {
            run.attempt(file.path(), () -> loadPractice(root, file, run));
        }
        for (Path file : SeedFiles.list(root.resolve("sources"), ".yaml")) {
            run.attempt(file, () -> loadSource(root, file, run));
        }
        SeedReport report = new SeedReport(run.loaded, run.skipped, run.changed, run.problems);
        log.info(
                "Seed content from {}: {} loaded, {} already there, {} changed since loaded (kept as in the app), "
                        + "{} file(s) with problems",
                root.toAbsolutePath().normalize(),
                report.loaded(),
                report.skipped(),
                report.changedSinceLoaded().size(),
                report.problems().size());
        for (SeedException problem : report.problems()) {
            log.error("Seed file not loaded: {}", problem.getMessage());
        }
        return report;
    }

    private void loadTaxonomy(Path root, Path file, Run run) {
        String text = SeedFiles.read(file);
        TaxonomyFile taxonomy = SeedFiles.parse(file, text, 1, TaxonomyFile.class);
        ConceptScheme scheme = ConceptScheme.byKey(taxonomy.scheme())
                .orElseThrow(() -> new SeedException(
                        file,
                        lineOf(text, "scheme"),
                        "scheme",
                        "unknown scheme '" + taxonomy.scheme()
                                + "'; expected innovation-field, smile-pillar, sdg or target-group"));
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < taxonomy.concepts().size(); i++) {
            ConceptEntry entry = taxonomy.concepts().get(i);
            if (!codes.add(entry.code())) {
                throw new SeedException(
                        file,
                        lineOf(text, "- code: " + entry.code()),
                        "concepts[" + i + "].code",
                        "code '" + entry.code() + "' appears twice");
            }
        }
        for (int i = 0; i < taxonomy.concepts().size(); i++) {
            ConceptEntry entry = taxonomy.concepts().get(i);
            Concept candidate = new Concept(scheme, entry.code(), entry.de(), entry.en(), i + 1);
            candidate.setAltLabels(new LinkedHashSet<>(entry.altLabels() == null ? List.of() : entry.altLabels()));
            Set<ConstraintViolation<Concept>> violations = validator.validate(candidate);
            if (!violations.isEmpty()) {
                ConstraintViolation<Concept> first = violations.iterator().next();
                throw new SeedException(
                        file,
                        lineOf(text, "code: " + entry.code()),
                        "concepts[" + i + "]." + first.getPropertyPath(),
                        first.getMessage() + " (value: '" + abbreviate(first.getInvalidValue()) + "')");
            }
        }
        String hash = SeedFiles.sha256(text);
        transactions.executeWithoutResult(tx -> {
            int position = 0;
            for (ConceptEntry entry : taxonomy.concepts()) {
                position++;
                String key = scheme.key() + ":" + entry.code();
                if (alreadyLoaded(SeedRecord.Kind.CONCEPT, key, hash, root, file, run)) continue;
                if (catalogue.findConcept(scheme, entry.code()).isEmpty()) {
                    Concept concept = new Concept(scheme, entry.code(), entry.de(), entry.en(), position);
                    concept.setAltLabels(
                            new LinkedHashSet<>(entry.altLabels() == null ? List.of() : entry.altLabels()));
                    catalogue.saveConcept(concept);
                    run.loaded++;
                } else {
                    run.skipped++;
                }
                remember(SeedRecord.Kind.CONCEPT, key, root, file, hash);
            }
        });
    }

    private void loadOrganisations(Path root, Path file, Run run) {
        String text = SeedFiles.read(file);
        List<OrganisationEntry> entries = SeedFiles.parseList(file, text, OrganisationEntry.class);
        List<Organisation> checked = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            OrganisationEntry e = entries.get(i);
            Organisation org = new Organisation(e.slug(), e.name(), e.kind(), e.country());
            org.setState(e.state());
            org.setPopulation(e.population());
            org.setPopulationYear(e.populationYear());
            org.setAreaKm2(e.areaKm2());
            org.setOfficialCode(e.officialCode());
            org.setWebsite(e.website());
            Set<ConstraintViolation<Organisation>> violations = validator.validate(org);
            if (!violations.isEmpty()) {
                ConstraintViolation<Organisation> first = violations.iterator().next();
                throw new SeedException(
                        file,
                        lineOf(text, "slug: " + e.slug()),
                        "[" + i + "]." + first.getPropertyPath(),
                        first.getMessage() + " (value: '" + first.getInvalidValue() + "')");
            }
            checked.add(org);
        }
        String hash = SeedFiles.sha256(text);
        transactions.executeWithoutResult(tx -> {
            for (Organisation org : checked) {
                if (alreadyLoaded(SeedRecord.Kind.ORGANISATION, org.getSlug(), hash, root, file, run)) continue;
                if (catalogue.findOrganisation(org.getSlug()).isEmpty()) {
                    catalogue.saveOrganisation(org);
                    run.loaded++;
                } else {
                    run.skipped++;
                }
                remember(SeedRecord.Kind.ORGANISATION, org.getSlug(), root, file, hash);
            }
        });
    }

    /** Parses every practice file (reporting broken ones) and orders originals before adaptations. */
    private List<MarkdownFile> practiceFilesInOrder(Path root, Run run) {
        List<MarkdownFile> files = new ArrayList<>();
        for (Path path : SeedFiles.list(root.resolve("practices"), ".md")) {
            run.attempt(path, () -> files.add(SeedFiles.readMarkdown(path)));
        }
        files.sort(Comparator.comparing((MarkdownFile f) ->
                        f.header().contains("\nadaptedFrom:") || f.header().startsWith("adaptedFrom:"))
                .thenComparing(f -> f.path().getFileName().toString()));
        return files;
    }

    private void loadPractice(Path root, MarkdownFile file, Run run) {
        PracticeHeader header =
                SeedFiles.parse(file.path(), file.header(), file.headerFirstLine(), PracticeHeader.class);
        String slug = header.slug() == null ? "" : header.slug();
        transactions.executeWithoutResult(tx -> {
            if (alreadyLoaded(SeedRecord.Kind.PRACTICE, slug, file.hash(), root, file.path(), run)) return;
            if (entries.slugTaken(slug)) {
                run.skipped++;
            } else {
                PracticeSeedMapper mapper =
                        new PracticeSeedMapper(catalogue.conceptsByKey(), catalogue::findOrganisation, entries::find);
                Practice practice = mapper.toPractice(file, header);
                try {
                    publisher.publish(practice, SEED_LOADER);
                } catch (ConstraintViolationException e) {
                    ConstraintViolation<?> first =
                            e.getConstraintViolations().iterator().next();
                    String field = first.getPropertyPath().toString();
                    throw new SeedException(
                            file.path(),
                            file.lineOf(field),
                            field,
                            first.getMessage() + " (value: '" + abbreviate(first.getInvalidValue()) + "')");
                }
                run.loaded++;
            }
            remember(SeedRecord.Kind.PRACTICE, slug, root, file.path(), file.hash());
        });
        if (header.kind() == PracticeKind.ADAPTATION && header.adaptedFrom() == null) {
            log.warn("{}: an adaptation without 'adaptedFrom'", file.path());
        }
    }

    /** A partner source, keyed by its file name; one that exists by name already is left as it is. */
    private void loadSource(Path root, Path file, Run run) {
        String text = SeedFiles.read(file);
        SourceEntry e = SeedFiles.parse(file, text, 1, SourceEntry.class);
        String key = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        PartnerSource source = new PartnerSource();
        source.setName(e.name() == null ? "" : e.name().strip());
        source.setStartUrls(e.startUrls() == null ? List.of() : e.startUrls());
        source.setSitemapUrl(e.sitemapUrl());
        source.setAllowedHosts(e.allowedHosts() == null ? List.of() : e.allowedHosts());
        source.setInclude(e.include() == null ? List.of() : e.include());
        source.setExclude(e.exclude() == null ? List.of() : e.exclude());
        if (e.maxPages() != null) source.setMaxPages(e.maxPages());
        if (e.maxDepth() != null) source.setMaxDepth(e.maxDepth());
        if (e.delayMs() != null) source.setDelayMs(e.delayMs());
        source.setLanguage(e.language());
        source.setSchedule(e.schedule());
        if (e.fields() != null) {
            for (var field : e.fields().entrySet()) {
                if (!ExtractionProfile.FIELDS.contains(field.getKey())) {
                    throw new SeedException(
                            file,
                            lineOf(text, field.getKey() + ":"),
                            "fields." + field.getKey(),
                            "unknown field; known fields are " + String.join(", ", ExtractionProfile.FIELDS));
                }
                source.getFields().set(field.getKey(), field.getValue());
            }
        }
        if (e.phaseLabels() != null) source.setPhaseLabels(e.phaseLabels());
        String hash = SeedFiles.sha256(text);
        transactions.executeWithoutResult(tx -> {
            if (alreadyLoaded(SeedRecord.Kind.SOURCE, key, hash, root, file, run)) return;
            if (sources.existsByName(source.getName())) {
                run.skipped++;
            } else {
                try {
                    sources.save(source);
                } catch (ConstraintViolationException ex) {
                    ConstraintViolation<?> first =
                            ex.getConstraintViolations().iterator().next();
                    String field = first.getPropertyPath().toString();
                    throw new SeedException(
                            file,
                            lineOf(text, field.replaceFirst("\\[.*", "").replaceFirst("^fields\\.", "") + ":"),
                            field,
                            first.getMessage());
                }
                run.loaded++;
            }
            remember(SeedRecord.Kind.SOURCE, key, root, file, hash);
        });
    }

    private boolean alreadyLoaded(SeedRecord.Kind kind, String key, String hash, Path root, Path file, Run run) {
        Optional<SeedRecord> earlier = records.findByKindAndKey(kind, key);
        if (earlier.isEmpty()) {
            return false;
        }
        run.skipped++;
        String name = root.relativize(file).toString();
        if (!earlier.get().getContentHash().equals(hash) && !run.changed.contains(name)) {
            run.changed.add(name);
        }
        return true;
    }

    private void remember(SeedRecord.Kind kind, String key, Path root, Path file, String hash) {
        records.save(new SeedRecord(kind, key, root.relativize(file).toString(), hash, clock.instant()));
    }

    private static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) return i + 1;
        }
        return 0;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** Counts and problems of one load; a failing file is recorded and the run goes on. */
    private static final class Run {
        int loaded;
        int skipped;
        final List<String> changed = new ArrayList<>();
        final List<SeedException> problems = new ArrayList<>();

        void attempt(Path file, Runnable work) {
            int loadedBefore = loaded;
            int skippedBefore = skipped;
            try {
                work.run();
            } catch (SeedException e) {
                loaded = loadedBefore;
                skipped = skippedBefore;
                problems.add(e);
            } catch (RuntimeException e) {
                loaded = loadedBefore;
                skipped = skippedBefore;
                problems.add(new SeedException(file, 0, "", "could not be loaded: " + e.getMessage()));
            }
        }
    }
}
