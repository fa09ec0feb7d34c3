package de.smilecity.exchange.security;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works for an organisation, as other modules need to know it, e.g. whom to tell of a decision. */
@Service
public class Members {

    private final UserAccountRepository accounts;

    Members(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The organisation's contributors whose accounts are enabled. */
    @Transactional(readOnly = true)
    public List<UserAccount> activeContributorsOf(long organisationId) {
        return accounts.findByRoleAndOrganisationIdAndEnabledTrue(Role.CONTRIBUTOR, organisationId);
    }
}
