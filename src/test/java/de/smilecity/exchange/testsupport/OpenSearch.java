package de.smilecity.exchange.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring test against a real OpenSearch server ({@link OpenSearchNode}): the build unpacks one under
 * {@code target/opensearch}, and the first such test starts it as its own process; or set
 * SMILE_TEST_OPENSEARCH_URL to use a running one. The Spring context of the test runs on the
 * OpenSearch engine, with indexes of its own. Skipped with a message where no server can run; with
 * {@code CI=true} it fails instead, because there the OpenSearch suite is mandatory.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OpenSearchCondition.class)
@ContextConfiguration(initializers = OpenSearchNode.Properties.class)
public @interface OpenSearch {}
