package de.smilecity.exchange.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: created with a name, shown once, stored as a hash, revocable. A token acts
 * with its owner's role and organisation, and stops working when revoked or the owner is disabled.
 */
@Service
public class ApiTokenService {

    /** Tokens start with this, so that a leaked one is easy to recognise in logs and repositories. */
    public static final String PREFIX = "smx_";

    static final int RANDOM_BYTES = 32;
    static final int SHOWN_PREFIX_LENGTH = 12;

    /** A token as created: the secret, shown to its owner this one time, and what is kept of it. */
    public record Created(String secret, ApiToken token) {}

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a token for the signed-in user. */
    @Transactional
    public Created create(String name) {
        SignedInUser user = signedIn();
        String label = name.strip();
        if (label.isEmpty() || label.length() > ApiToken.NAME_MAX_LENGTH) {
            throw new AccountProblem(
                    "name",
                    "tokenName",
                    "Give the token a name of 1 to " + ApiToken.NAME_MAX_LENGTH
                            + " characters that says where it is used, e.g. 'Kiel CMS'");
        }
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = tokens.save(new ApiToken(
                user.id(), label, hash(secret), secret.substring(0, SHOWN_PREFIX_LENGTH), clock.instant()));
        return new Created(secret, token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUserIdOrderByCreatedAtDesc(signedIn().id());
    }

    /** Revokes one of the signed-in user's tokens (admins may revoke anybody's). */
    @Transactional
    public void revoke(long tokenId) {
        SignedInUser user = signedIn();
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new AccountProblem("token", "noToken", "There is no token " + tokenId));
        if (token.getUserId() != user.id() && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Token " + tokenId + " belongs to another account");
        }
        token.revoke(clock.instant());
    }

    /** The user a presented token stands for, if it is known, not revoked and its owner enabled. */
    @Transactional
    public Optional<SignedInUser> authenticate(String secret) {
        if (!secret.startsWith(PREFIX)) return Optional.empty();
        return tokens.findByTokenHash(hash(secret))
                .filter(ApiToken::isActive)
                .flatMap(token -> accounts.findById(token.getUserId())
                        .filter(UserAccount::isEnabled)
                        .map(account -> {
                            token.used(clock.instant());
                            return SignedInUser.of(account);
                        }));
    }

    private SignedInUser signedIn() {
        return currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
    }

    /** SHA-256: the tokens carry 256 random bits, so a slow password hash would add nothing. */
    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
