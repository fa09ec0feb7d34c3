package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Slugs;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One term of a concept scheme, with a German and an English label and the label variants that
 * partner sites use for it ("Kultur & Freizeit", "Kultur und Freizeit").
 */
@Entity
@Table(name = "concept")
public class Concept {

    public static final int CODE_MAX_LENGTH = 60;
    public static final int LABEL_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConceptScheme scheme;

    @NotBlank
    @Pattern(regexp = Slugs.PATTERN, message = "{slug.invalid}")
    @Size(max = CODE_MAX_LENGTH)
    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code;

    @NotBlank
    @Size(max = LABEL_MAX_LENGTH)
    @Column(name = "label_de", nullable = false, length = LABEL_MAX_LENGTH)
    private String labelDe;

    @NotBlank
    @Size(max = LABEL_MAX_LENGTH)
    @Column(name = "label_en", nullable = false, length = LABEL_MAX_LENGTH)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    // Eager: labels are shown wherever a concept is, and the whole vocabulary is a few hundred rows.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "concept_alt_label", joinColumns = @JoinColumn(name = "concept_id"))
    @Column(name = "label", nullable = false, length = LABEL_MAX_LENGTH)
    private Set<@NotBlank @Size(max = LABEL_MAX_LENGTH) String> altLabels = new LinkedHashSet<>();

    protected Concept() {
        this.scheme = ConceptScheme.INNOVATION_FIELD;
        this.code = "";
        this.labelDe = "";
        this.labelEn = "";
    }

    public Concept(ConceptScheme scheme, String code, String labelDe, String labelEn, int position) {
        this.scheme = scheme;
        this.code = code;
        this.labelDe = labelDe;
        this.labelEn = labelEn;
        this.position = position;
    }

    public @Nullable Long getId() {
        return id;
    }

    public ConceptScheme getScheme() {
        return scheme;
    }

    public String getCode() {
        return code;
    }

    public String getLabelDe() {
        return labelDe;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public int getPosition() {
        return position;
    }

    public Set<String> getAltLabels() {
        return altLabels;
    }

    /** Sets the alternative labels; of variants that differ only in case or accents the first is kept. */
    public void setAltLabels(Set<String> altLabels) {
        java.util.Map<String, String> distinct = new java.util.LinkedHashMap<>();
        for (String label : altLabels) {
            distinct.putIfAbsent(ConceptLabels.collationKey(label), label.strip());
        }
        this.altLabels = new LinkedHashSet<>(distinct.values());
    }

    /** The preferred label in the language {@link Language#of(Locale)} picks for the locale. */
    public String label(Locale locale) {
        return Language.of(locale) == Language.DE ? labelDe : labelEn;
    }

    /**
     * Whether a label seen somewhere (a partner page, a form) names this concept: the code, either
     * preferred label or an alternative label, compared without regard to case, spacing and "&"/"und".
     */
    public boolean isNamedBy(String label) {
        String wanted = ConceptLabels.normalise(label);
        if (wanted.equals(ConceptLabels.normalise(code))
                || wanted.equals(ConceptLabels.normalise(labelDe))
                || wanted.equals(ConceptLabels.normalise(labelEn))) {
            return true;
        }
        return altLabels.stream().map(ConceptLabels::normalise).anyMatch(wanted::equals);
    }

    // Scheme and code are the natural key: two loads of one concept are equal, whichever session made them.
    @Override
    public boolean equals(Object other) {
        return other instanceof Concept that && scheme == that.scheme && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(scheme, code);
    }

    @Override
    public String toString() {
        return scheme.key() + ":" + code;
    }
}
