package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Whom to ask about an entry. We record roles and functional mailboxes, not private persons; a
 * contact that is not public is shown to signed-in members only.
 */
@Embeddable
public class Contact {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int ROLE_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 200;
    public static final int PHONE_MAX_LENGTH = 40;

    @Size(max = NAME_MAX_LENGTH, message = "{text.size}")
    @Column(length = NAME_MAX_LENGTH)
    private @Nullable String name;

    @NotBlank(message = "{contact.role.required}")
    @Size(max = ROLE_MAX_LENGTH, message = "{text.size}")
    @Column(nullable = false, length = ROLE_MAX_LENGTH)
    private String role = "";

    @Size(max = Organisation.NAME_MAX_LENGTH, message = "{text.size}")
    @Column(length = Organisation.NAME_MAX_LENGTH)
    private @Nullable String organisation;

    @Email(message = "{contact.email.invalid}")
    @Size(max = EMAIL_MAX_LENGTH, message = "{text.size}")
    @Column(length = EMAIL_MAX_LENGTH)
    private @Nullable String email;

    @Size(max = PHONE_MAX_LENGTH, message = "{text.size}")
    @Column(length = PHONE_MAX_LENGTH)
    private @Nullable String phone;

    @Column(name = "is_public", nullable = false)
    private boolean publicContact = true;

    public Contact() {}

    public Contact(
            @Nullable String name,
            String role,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone,
            boolean publicContact) {
        this.name = name;
        this.role = role;
        this.organisation = organisation;
        this.email = email;
        this.phone = phone;
        this.publicContact = publicContact;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public boolean isPublicContact() {
        return publicContact;
    }

    public void setPublicContact(boolean publicContact) {
        this.publicContact = publicContact;
    }
}
