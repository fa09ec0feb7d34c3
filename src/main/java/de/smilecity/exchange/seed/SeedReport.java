package de.smilecity.exchange.seed;

import java.util.List;

/**
 * What one run of the seed loader did.
 *
 * @param loaded items written to the database (concepts, organisations, practices)
 * @param skipped items that were loaded before (kept as they are in the app)
 * @param changedSinceLoaded files that differ from the version loaded earlier; the app's data wins
 * @param problems files that could not be loaded, nothing of them written
 */
public record SeedReport(int loaded, int skipped, List<String> changedSinceLoaded, List<SeedException> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
