package de.smilecity.exchange.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts — admin/admin, editor/editor, partner/partner, one per role so that every
 * screen can be tried at once — created in the demo profile only, and announced with the URL once the app is ready.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    record Demo(String username, String displayName, Role role) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Demo-Admin", Role.ADMIN),
            new Demo("editor", "Demo-Redaktion smile exchange", Role.EDITOR),
            new Demo("partner", "Demo-Partner", Role.CONTRIBUTOR));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Environment environment;
    private final String partnerOrganisation;

    DemoAccounts(
            UserAccountRepository accounts,
            OrganisationDirectory organisations,
            PasswordEncoder encoder,
            Clock clock,
            Environment environment,
            @Value("${smile.demo.partner-organisation:kiel}") String partnerOrganisation) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
        this.environment = environment;
        this.partnerOrganisation = partnerOrganisation;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<OrganisationDirectory.OrganisationRef> partnerOrg = partner();
        for (Demo demo : ACCOUNTS) {
            if (accounts.existsByUsername(demo.username())) continue;
            Long orgId = null;
            if (demo.role() == Role.CONTRIBUTOR) {
                if (partnerOrg.isEmpty()) {
                    log.warn(
                            "Demo account '{}' not created: no organisation '{}' (smile.demo.partner-organisation)",
                            demo.username(),
                            partnerOrganisation);
                    continue;
                }
                orgId = partnerOrg.get().id();
            }
            // The demo password equals the user name, so that the README can name it; demo profile only.
            accounts.save(new UserAccount(
                    demo.username(),
                    demo.displayName(),
                    demo.role(),
                    orgId,
                    encoder.encode(demo.username()),
                    clock.instant()));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String partner =
                partner().map(OrganisationDirectory.OrganisationRef::name).orElse("–");
        log.info("""

                ------------------------------------------------------------------
                  smile exchange is running at http://localhost:{}/
                  Demo accounts (demo profile only):
                    admin   / admin     administrator
                    editor  / editor    editor of the smile exchange team
                    partner / partner   contributor for {}
                ------------------------------------------------------------------""", port, partner);
    }

    private Optional<OrganisationDirectory.OrganisationRef> partner() {
        return organisations.all().stream()
                .filter(o -> o.slug().equals(partnerOrganisation))
                .findFirst();
    }
}
