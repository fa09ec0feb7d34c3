package de.smilecity.exchange.search.internal;

import org.springframework.context.ApplicationContext;

/** Lets a tuning run rank with other weights without starting the app again for each setting. */
public final class TuningWeights {

    private TuningWeights() {}

    /** The searches of {@code spring} rank with {@code weights} from now on. */
    public static void use(ApplicationContext spring, RankingWeights weights) {
        spring.getBean(LuceneSearchEngine.class).reweigh(weights);
    }
}
