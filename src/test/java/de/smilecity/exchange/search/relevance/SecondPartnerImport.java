package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.seed.SeedLoader;
import de.smilecity.exchange.seed.SeedReport;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/**
 * Brings the second partner network's entries into the catalogue: 57 entries in German and English,
 * written for the second held-out set by someone who had not seen what the search was tuned on,
 * in the seed file format, loaded by the app's own seed loader as an installation loads a partner's
 * export. Their organisations are new; the taxonomy is the seed content's.
 */
final class SecondPartnerImport {

    static final String CATALOGUE = GeneralisationSet.SECOND_FOLDER + "catalogue";

    private SecondPartnerImport() {}

    /**
     * Loads the entries, once per application: the seed loader keeps what it loaded before.
     *
     * @return how many entries were loaded in this call (0 when an earlier call loaded them)
     */
    static int intoCatalogue(ApplicationContext spring) {
        SeedReport report = spring.getBean(SeedLoader.class).load(folder());
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("The second partner network's entries do not load: "
                    + report.problems().getFirst().getMessage());
        }
        return report.loaded();
    }

    private static Path folder() {
        URL url = SecondPartnerImport.class.getResource(CATALOGUE);
        if (url == null) throw new IllegalStateException(CATALOGUE + " is missing from the test resources");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test resources are not in a folder: " + url, e);
        }
    }
}
