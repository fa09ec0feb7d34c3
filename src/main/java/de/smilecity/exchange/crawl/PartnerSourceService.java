package de.smilecity.exchange.crawl;

import de.smilecity.exchange.crawl.internal.fetch.AddressRefusal;
import de.smilecity.exchange.crawl.internal.fetch.PageFetcher;
import de.smilecity.exchange.crawl.internal.parse.Urls;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner sources: read, validated and stored for the UI, the API and the seed loader. */
@Service
public class PartnerSourceService {

    private final PartnerSourceRepository sources;
    private final PageFetcher fetcher;
    private final Validator validator;
    private final Clock clock;

    PartnerSourceService(PartnerSourceRepository sources, PageFetcher fetcher, Validator validator, Clock clock) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PartnerSource> all() {
        return sources.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<PartnerSource> find(long id) {
        return sources.findById(id);
    }

    /**
     * @throws PartnerSourceNotFoundException naming the id
     */
    @Transactional(readOnly = true)
    public PartnerSource get(long id) {
        return sources.findById(id).orElseThrow(() -> new PartnerSourceNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public boolean existsByName(String name) {
        return sources.existsByName(name);
    }

    /**
     * Validates and stores a new or changed source.
     *
     * @throws ConstraintViolationException with each problem on its field; nothing is stored
     */
    @Transactional
    public PartnerSource save(PartnerSource source) {
        validate(source);
        if (source.getId() == null) {
            source.setCreatedAt(clock.instant());
        }
        return sources.save(source);
    }

    /**
     * @throws ConstraintViolationException with each problem on its field
     */
    public void validate(PartnerSource source) {
        Set<ConstraintViolation<PartnerSource>> violations = validator.validate(source);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(
                    source + " is not valid: " + violations.size() + " problem(s)", violations);
        }
    }

    @Transactional
    public void delete(long id) {
        sources.delete(get(id));
    }

    /**
     * Warnings for URLs that a crawl of this source would refuse, e.g. because they point into the
     * local network, which this installation does not allow ({@code smile.crawl.local-network-allowed})
     * — the source may still be saved.
     */
    public List<String> addressWarnings(PartnerSource source) {
        Set<String> warnings = new LinkedHashSet<>();
        List<String> urls = new ArrayList<>(source.getStartUrls());
        if (source.getSitemapUrl() != null) urls.add(source.getSitemapUrl());
        for (String url : urls) {
            Optional<URI> uri = Urls.parseHttp(url);
            if (uri.isEmpty()) continue;
            fetcher.check(uri.get())
                    .filter(AddressRefusal::forbidden)
                    .map(AddressRefusal::reason)
                    .ifPresent(warnings::add);
        }
        return List.copyOf(warnings);
    }
}
