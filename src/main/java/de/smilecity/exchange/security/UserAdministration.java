package de.smilecity.exchange.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with accounts: create (an invitation is an account with a one-time password that
 * the admin passes on), change role and organisation, disable, reset a password. The rules hold
 * here, whatever view or API calls: only admins, a contributor always belongs to an organisation,
 * and nobody locks the last admin out.
 */
@Service
public class UserAdministration {

    /** Passwords people choose; generated ones are longer. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    static final int GENERATED_PASSWORD_LENGTH = 16;
    // No 0/O, 1/l/I: generated passwords are read aloud and typed by hand.
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** An account and the one-time password to pass on to its owner. */
    public record WithPassword(UserAccount account, String password) {}

    /** What an admin fills in for a new account. */
    public record NewAccount(
            String username,
            String displayName,
            @Nullable String email,
            Role role,
            @Nullable Long organisationId) {}

    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(
            UserAccountRepository accounts,
            OrganisationDirectory organisations,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AccountSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        requireAdmin();
        return accounts.findAllByOrderByUsername();
    }

    /** Creates an account with a generated one-time password. */
    @Transactional
    public WithPassword create(NewAccount input) {
        SignedInUser admin = requireAdmin();
        String username = UserAccount.canonicalUsername(input.username())
                .orElseThrow(() -> new AccountProblem(
                        "username",
                        "usernameFormat",
                        "Use 2 to 80 characters: small letters, digits, '.', '_' or '-'"));
        if (accounts.existsByUsername(username)) {
            throw new AccountProblem(
                    "username", "usernameTaken", "The user name '" + username + "' is taken; choose another");
        }
        String displayName = requireDisplayName(input.displayName());
        Long organisationId = requireOrganisationFits(input.role(), input.organisationId());
        String password = generatePassword();
        UserAccount account = new UserAccount(
                username, displayName, input.role(), organisationId, encoder.encode(password), clock.instant());
        account.setEmail(normaliseEmail(input.email()));
        account.setCreatedBy(admin.username());
        return new WithPassword(accounts.save(account), password);
    }

    /**
     * Changes name, e-mail, role and organisation of an account. A new role or organisation ends the
     * account's open sessions: they would go on with the old rights.
     */
    @Transactional
    public UserAccount update(
            long id, String displayName, @Nullable String email, Role role, @Nullable Long organisationId) {
        requireAdmin();
        UserAccount account = find(id);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherActiveAdmin(account, "take the admin role from");
        }
        boolean rightsChange =
                account.getRole() != role || !Objects.equals(account.getOrganisationId(), organisationId);
        account.setDisplayName(requireDisplayName(displayName));
        account.setEmail(normaliseEmail(email));
        account.setOrganisationId(requireOrganisationFits(role, organisationId));
        account.setRole(role);
        if (rightsChange) {
            sessions.endAll(id);
        }
        return account;
    }

    /**
     * Disables or enables an account; a disabled account can neither sign in nor use its tokens, and
     * its open sessions end.
     */
    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        SignedInUser admin = requireAdmin();
        UserAccount account = find(id);
        if (!enabled && Objects.equals(account.getId(), admin.id())) {
            throw new AccountProblem("enabled", "disableSelf", "You cannot disable your own account");
        }
        if (!enabled && account.getRole() == Role.ADMIN) {
            requireAnotherActiveAdmin(account, "disable");
        }
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.endAll(id);
        }
        return account;
    }

    /**
     * Replaces the password with a generated one-time password, returned to pass on, and ends the
     * account's open sessions (whoever knew the old password may hold one).
     */
    @Transactional
    public WithPassword resetPassword(long id) {
        requireAdmin();
        UserAccount account = find(id);
        String password = generatePassword();
        account.setPasswordHash(encoder.encode(password));
        sessions.endAll(id);
        return new WithPassword(account, password);
    }

    /**
     * The signed-in user changes their own password, proving the current one. Their other sessions
     * end (one may be the reason for the change); the one they made the change in goes on.
     */
    @Transactional
    public void changeOwnPassword(String current, String next) {
        SignedInUser user = currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
        UserAccount account = find(user.id());
        if (!encoder.matches(current, account.getPasswordHash())) {
            throw new AccountProblem("currentPassword", "wrongPassword", "This is not your current password");
        }
        if (next.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountProblem(
                    "newPassword", "passwordShort", "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (next.equals(current)) {
            throw new AccountProblem(
                    "newPassword", "passwordSame", "The new password must differ from the current one");
        }
        account.setPasswordHash(encoder.encode(next));
        sessions.endOthers(user.id());
    }

    private UserAccount find(long id) {
        return accounts.findById(id)
                .orElseThrow(() -> new AccountProblem("id", "noAccount", "There is no account " + id));
    }

    private @Nullable Long requireOrganisationFits(Role role, @Nullable Long organisationId) {
        if (organisationId != null && organisations.byId(organisationId).isEmpty()) {
            throw new AccountProblem("organisation", "noOrganisation", "There is no organisation " + organisationId);
        }
        if (role == Role.CONTRIBUTOR && organisationId == null) {
            throw new AccountProblem(
                    "organisation", "organisationMissing", "A contributor writes for one organisation: choose it");
        }
        return organisationId;
    }

    private static String requireDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new AccountProblem("displayName", "displayName", "Enter the name to show, 1 to 120 characters");
        }
        return name;
    }

    private static @Nullable String normaliseEmail(@Nullable String email) {
        if (email == null || email.isBlank()) return null;
        String address = email.strip();
        if (!address.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || address.length() > 200) {
            throw new AccountProblem("email", "email", "Enter an e-mail address like name@city.de, or leave it empty");
        }
        return address;
    }

    private void requireAnotherActiveAdmin(UserAccount account, String what) {
        boolean another = accounts.findAllByOrderByUsername().stream()
                .anyMatch(
                        a -> a.getRole() == Role.ADMIN && a.isEnabled() && !Objects.equals(a.getId(), account.getId()));
        if (!another) {
            throw new AccountProblem(
                    "role",
                    "lastAdmin",
                    "'" + account.getUsername() + "' is the last active admin; make "
                            + "another account admin before you " + what + " it");
        }
    }

    private SignedInUser requireAdmin() {
        SignedInUser user = currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins manage accounts");
        }
        return user;
    }

    String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
