package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.security.SignedInUser;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Who looks at an entry, and so what of it they may see. This is the one place that decides: the
 * API's detail, the detail page, the version history and its diff, the kits and the exports ask it
 * which contacts, versions and account names to show; none of them reads a contact's flag or the
 * caller's role on its own.
 *
 * <p>What is written for anyone to pass on (exports, feed, kits, structured data) is written for
 * {@link #PUBLIC}, whoever asks for it.
 */
public enum Audience {
    /** Not signed in: the published versions, public contacts only, no account names. */
    PUBLIC(false, false),
    /** Signed in, but not of the entry's organisation: members-only contacts too. */
    MEMBERS(true, false),
    /**
     * The entry's own organisation, the editors and the admins: every version, members-only
     * contacts, and which account made each change.
     */
    TEAM(true, true);

    private final boolean membersOnlyContacts;
    private final boolean team;

    Audience(boolean membersOnlyContacts, boolean team) {
        this.membersOnlyContacts = membersOnlyContacts;
        this.team = team;
    }

    /** The audience of the caller for this entry. */
    public static Audience of(Optional<SignedInUser> caller, Practice practice) {
        if (caller.isEmpty()) return PUBLIC;
        Organisation owner = practice.getOrganisation();
        Long ownerId = owner == null ? null : owner.getId();
        return ownerId != null && caller.get().mayActFor(ownerId) ? TEAM : MEMBERS;
    }

    /** Whether contacts saved as members-only are shown. */
    public boolean seesMembersOnlyContacts() {
        return membersOnlyContacts;
    }

    /** Whether drafts, entries in review and the versions before publication are shown. */
    public boolean seesUnpublished() {
        return team;
    }

    /** Whether the history names the account that made each version. */
    public boolean seesAccounts() {
        return team;
    }

    /** Whether the entry may be opened at all; for everybody else it does not exist. */
    public boolean mayOpen(Practice practice) {
        return practice.isPublished() || seesUnpublished();
    }

    /** The contacts of the entry as it is now that this audience may see, in their order. */
    public List<Contact> contacts(Practice practice) {
        return practice.getContacts().stream()
                .filter(c -> membersOnlyContacts || c.isPublicContact())
                .toList();
    }

    /**
     * The contacts of an earlier version that this audience may see. The history keeps every field
     * of every version, so a contact made members-only later would still show in old versions: a
     * contact is hidden if it was members-only at that version, or if a members-only contact of the
     * entry as it is now shares its name, e-mail or phone.
     *
     * @param version the entry as it was at some version
     * @param now the entry as it is now (its contacts decide what is members-only today)
     */
    public List<Contact> contactsAt(Practice version, Practice now) {
        if (membersOnlyContacts) return List.copyOf(version.getContacts());
        Set<String> privateNow = now.getContacts().stream()
                .filter(c -> !c.isPublicContact())
                .flatMap(Audience::identifiers)
                .collect(Collectors.toSet());
        return version.getContacts().stream()
                .filter(Contact::isPublicContact)
                .filter(c -> identifiers(c).noneMatch(privateNow::contains))
                .toList();
    }

    /** What names a person or mailbox: name, e-mail and phone, compared without case and spaces. */
    private static Stream<String> identifiers(Contact c) {
        return Stream.of(c.getName(), c.getEmail(), c.getPhone())
                .filter(Objects::nonNull)
                .map(Audience::normalised)
                .filter(s -> !s.isEmpty());
    }

    private static String normalised(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
