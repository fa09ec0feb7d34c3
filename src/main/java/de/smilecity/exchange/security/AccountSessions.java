package de.smilecity.exchange.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the signed-in sessions of an account whose rights changed, so that none goes on with the
 * rights it had at sign-in. A session holds its user as it was then; ending it makes the next
 * request sign in again and read the account anew. Inside a transaction the sessions end once it
 * has committed, so that a failed change ends nothing. Personal tokens need nothing of this: each
 * call reads its owner's account.
 *
 * <p>The registry is this node's memory: with several nodes, a session on another node lives on
 * until it times out.
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the account. */
    void endAll(long accountId) {
        afterCommit(() -> end(accountId, null));
    }

    /** Ends every session of the account except the one the current request belongs to. */
    void endOthers(long accountId) {
        var session = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false)
                : null;
        String current = session == null ? null : session.getId();
        afterCommit(() -> end(accountId, current));
    }

    private void end(long accountId, @Nullable String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.id() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!Objects.equals(session.getSessionId(), keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of account {} after a change of its rights", ended, accountId);
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
