package de.smilecity.exchange.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips, or under CI fails, OpenSearch tests when no OpenSearch server can be started or reached. */
class OpenSearchCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = OpenSearchNode.problem();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("OpenSearch: " + OpenSearchNode.where());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true requires the OpenSearch suite, but " + problem
                    + ". Run the tests through Maven without -Dopensearch.skip (it unpacks the server under"
                    + " target/opensearch), or point SMILE_TEST_OPENSEARCH_URL at a running server.");
        }
        return ConditionEvaluationResult.disabled("OpenSearch suite skipped: " + problem
                + ". Run the tests through Maven (it unpacks OpenSearch under target/opensearch) or set"
                + " SMILE_TEST_OPENSEARCH_URL to run it; with CI=true it is mandatory.");
    }
}
