package de.smilecity.exchange.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the seed content at start-up, before the demo accounts that refer to its organisations. */
@Component
@Order(10)
class SeedRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

    private final SeedLoader loader;
    private final SeedProperties properties;

    SeedRunner(SeedLoader loader, SeedProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            log.info("Seed content is switched off (smile.seed.enabled=false)");
            return;
        }
        if (!properties.path().toFile().isDirectory()) {
            log.warn(
                    "No seed content at {}: the catalogue starts empty. Set smile.seed.path to the seed-content folder.",
                    properties.path().toAbsolutePath().normalize());
            return;
        }
        loader.load(properties.path());
    }
}
