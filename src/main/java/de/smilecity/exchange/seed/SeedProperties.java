package de.smilecity.exchange.seed;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether the seed content is loaded at start-up (default true)
 * @param path the seed-content folder (default {@code ./seed-content})
 */
@ConfigurationProperties("smile.seed")
public record SeedProperties(boolean enabled, Path path) {

    public SeedProperties {
        if (path == null) {
            path = Path.of("seed-content");
        }
    }
}
