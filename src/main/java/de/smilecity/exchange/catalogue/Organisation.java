package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A city, district, county, alliance or network that owns entries. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int STATE_MAX_LENGTH = 80;
    public static final int OFFICIAL_CODE_MAX_LENGTH = 12;
    public static final int URL_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank(message = "{organisation.slug.required}")
    @Pattern(regexp = Slugs.PATTERN, message = "{slug.invalid}")
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = NAME_MAX_LENGTH, message = "{organisation.name.size}")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Size(max = STATE_MAX_LENGTH)
    @Column(length = STATE_MAX_LENGTH)
    private @Nullable String state;

    /** ISO 3166-1 alpha-2. */
    @NotBlank
    @Pattern(regexp = "^[A-Z]{2}$", message = "{organisation.country.invalid}")
    @Column(nullable = false, length = 2)
    private String country;

    @PositiveOrZero
    private @Nullable Integer population;

    @Column(name = "population_year")
    private @Nullable Integer populationYear;

    @DecimalMin("0.0")
    @Digits(integer = 7, fraction = 2)
    @Column(name = "area_km2", precision = 9, scale = 2)
    private @Nullable BigDecimal areaKm2;

    /** Amtlicher Gemeindeschlüssel for German municipalities. */
    @Size(max = OFFICIAL_CODE_MAX_LENGTH)
    @Column(name = "official_code", length = OFFICIAL_CODE_MAX_LENGTH)
    private @Nullable String officialCode;

    @Size(max = URL_MAX_LENGTH)
    @Column(length = URL_MAX_LENGTH)
    private @Nullable String website;

    @Version
    private long version;

    protected Organisation() {
        this.slug = "";
        this.name = "";
        this.kind = OrganisationKind.OTHER;
        this.country = "DE";
    }

    public Organisation(String slug, String name, OrganisationKind kind, String country) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.country = country;
    }

    /** Derived from kind and population, never stored. */
    public SizeClass getSizeClass() {
        return SizeClass.of(kind, population);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public @Nullable String getState() {
        return state;
    }

    public void setState(@Nullable String state) {
        this.state = state;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public @Nullable Integer getPopulation() {
        return population;
    }

    public void setPopulation(@Nullable Integer population) {
        this.population = population;
    }

    public @Nullable Integer getPopulationYear() {
        return populationYear;
    }

    public void setPopulationYear(@Nullable Integer populationYear) {
        this.populationYear = populationYear;
    }

    public @Nullable BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(@Nullable BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public @Nullable String getOfficialCode() {
        return officialCode;
    }

    public void setOfficialCode(@Nullable String officialCode) {
        this.officialCode = officialCode;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    // The slug is the natural key and never changes: two loads of one organisation are equal.
    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && slug.equals(that.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation '" + slug + "'";
    }
}
