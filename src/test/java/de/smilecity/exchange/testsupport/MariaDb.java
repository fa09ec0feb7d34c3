package de.smilecity.exchange.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Spring test against a fresh database on the MariaDB server of the machine (by default
 * 127.0.0.1:3306, user root, no password; override with SMILE_TEST_MARIADB_URL, _USER, _PASSWORD).
 * Without a server the test is skipped with a message saying so; with {@code CI=true} it fails,
 * because there the MariaDB suite is mandatory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbCondition.class)
public @interface MariaDb {}
