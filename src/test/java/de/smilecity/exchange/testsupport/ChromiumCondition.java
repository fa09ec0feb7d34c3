package de.smilecity.exchange.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips, or under CI fails, browser tests when no Chromium is installed. */
class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String chromium = BrowserTest.chromiumPath();
        if (Files.isExecutable(Path.of(chromium))) {
            return ConditionEvaluationResult.enabled("Chromium at " + chromium);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the browser tests, but there is no Chromium at "
                    + chromium + ". Install it with 'apt-get install chromium' or set CHROMIUM_PATH.");
        }
        return ConditionEvaluationResult.disabled("Browser test skipped: no Chromium at " + chromium
                + ". Install it with 'apt-get install chromium' (or set CHROMIUM_PATH) to run it;"
                + " with CI=true it is mandatory.");
    }
}
