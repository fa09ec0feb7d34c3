package de.smilecity.exchange.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.lang.reflect.Method;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A browserless view test as the account named by {@link SignedInAs} (on the class or the method).
 * The user is signed in right before the test method, after the browserless UI has been set up.
 * Vaadin keeps the security context in a strategy object of its own per Spring context, while the
 * JVM-wide holder points at whichever context started last; the user therefore goes into the
 * strategy of the context under test, and the holder is pointed at it.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@TestExecutionListeners(
        listeners = SignedInBrowserlessTest.SignIn.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    static class SignIn implements TestExecutionListener, Ordered {

        /** Before the browserless UI is set up, so that the UI is created for the signed-in user … */
        @Override
        public void beforeTestMethod(TestContext testContext) {
            signIn(testContext);
        }

        /** … and again right before the test, because setting up the UI may clear the context. */
        @Override
        public void beforeTestExecution(TestContext testContext) {
            signIn(testContext);
        }

        private static void signIn(TestContext testContext) {
            SignedInAs who = signedInAs(testContext.getTestMethod(), testContext.getTestClass());
            ApplicationContext spring = testContext.getApplicationContext();
            SecurityContextHolderStrategy strategy = spring.getBean(SecurityContextHolderStrategy.class);
            SecurityContextHolder.setContextHolderStrategy(strategy);
            if (who == null) {
                strategy.clearContext();
                return;
            }
            UserDetails user = spring.getBean(UserDetailsService.class).loadUserByUsername(who.value());
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities()));
            strategy.setContext(context);
        }

        @Override
        public void afterTestExecution(TestContext testContext) {
            SecurityContextHolder.clearContext();
        }

        private static SignedInAs signedInAs(Method method, Class<?> type) {
            SignedInAs onMethod = AnnotatedElementUtils.findMergedAnnotation(method, SignedInAs.class);
            return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(type, SignedInAs.class);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
