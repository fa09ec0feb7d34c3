package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.SignedInUser;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who sees which contacts of an entry, now and at an earlier version. */
class AudienceTest {

    static Contact contact(String name, String email, boolean publicContact) {
        // A phone of its own: contacts that share a number are one contact to the rule.
        return new Contact(name, "Rolle", "Kiel", email, "+49 431 " + Math.abs(email.hashCode()), publicContact);
    }

    static Practice withContacts(Contact... contacts) {
        Practice p = new Practice();
        p.setContacts(List.of(contacts));
        return p;
    }

    @Test
    void visitorsSeePublicContactsOnlyMembersSeeAll() {
        Practice p = withContacts(contact("Team", "team@example.org", true), contact("Anna", "a@example.org", false));
        assertThat(Audience.PUBLIC.contacts(p)).extracting(Contact::getName).containsExactly("Team");
        assertThat(Audience.MEMBERS.contacts(p)).extracting(Contact::getName).containsExactly("Team", "Anna");
    }

    @Test
    void aContactMembersOnlyNowIsHiddenInVersionsWhereItWasPublic() {
        Practice then =
                withContacts(contact("Team", "team@example.org", true), contact("Presse", "presse@example.org", true));
        // Renamed since, but the same mailbox, and members-only now.
        Practice now = withContacts(
                contact("Team", "team@example.org", true), contact("Pressestelle", "Presse@Example.org ", false));
        assertThat(Audience.PUBLIC.contactsAt(then, now))
                .extracting(Contact::getName)
                .containsExactly("Team");
        assertThat(Audience.MEMBERS.contactsAt(then, now)).hasSize(2);
    }

    @Test
    void aContactMembersOnlyThenIsHiddenEvenIfItWasDroppedSince() {
        Practice then = withContacts(contact("Anna", "a@example.org", false));
        assertThat(Audience.PUBLIC.contactsAt(then, withContacts())).isEmpty();
    }

    @Test
    void theTeamIsTheEntrysOrganisationAndTheEditors() {
        Organisation kiel = new Organisation("kiel", "Kiel", OrganisationKind.CITY, "DE");
        org.springframework.test.util.ReflectionTestUtils.setField(kiel, "id", 7L);
        Practice p = new Practice();
        p.setOrganisation(kiel);
        assertThat(Audience.of(Optional.empty(), p)).isEqualTo(Audience.PUBLIC);
        assertThat(Audience.of(Optional.of(user(Role.CONTRIBUTOR, 7L)), p)).isEqualTo(Audience.TEAM);
        assertThat(Audience.of(Optional.of(user(Role.CONTRIBUTOR, 8L)), p)).isEqualTo(Audience.MEMBERS);
        assertThat(Audience.of(Optional.of(user(Role.EDITOR, null)), p)).isEqualTo(Audience.TEAM);
    }

    static SignedInUser user(Role role, @Nullable Long organisationId) {
        return new SignedInUser(1, "someone", "Someone", role, organisationId, "", true);
    }
}
