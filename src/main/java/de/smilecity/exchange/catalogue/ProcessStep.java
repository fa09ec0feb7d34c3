package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One step of how a practice was done, in order; templates are made of these. */
@Embeddable
public class ProcessStep {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int DESCRIPTION_MAX_LENGTH = 4_000;

    @NotBlank(message = "{step.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{text.size}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Size(max = DESCRIPTION_MAX_LENGTH, message = "{text.size}")
    @Lob
    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description = "";

    public ProcessStep() {}

    public ProcessStep(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
