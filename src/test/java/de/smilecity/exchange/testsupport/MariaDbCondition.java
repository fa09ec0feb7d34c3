package de.smilecity.exchange.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips, or under CI fails, MariaDB tests when no MariaDB server answers. */
class MariaDbCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = MariaDbTestDatabase.problem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("MariaDB answers at " + MariaDbTestDatabase.serverUrl());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the MariaDB suite, but " + problem
                    + ". Start MariaDB (see .ci/run) or point SMILE_TEST_MARIADB_URL at a server.");
        }
        return ConditionEvaluationResult.disabled("MariaDB suite skipped: " + problem
                + ". Start MariaDB on 127.0.0.1:3306 to run it; with CI=true it is mandatory.");
    }
}
