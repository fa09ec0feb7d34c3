package de.smilecity.exchange.ui;

import java.net.URI;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the accessibility statement says about the operator ({@code smile.accessibility.*}). The
 * defaults describe the demo installation; a city that runs the catalogue sets its own body, its own
 * contact and, where its state law names another enforcement body than the federal one, that body.
 *
 * @param operator who runs this installation, named as the body the statement speaks for
 * @param contactEmail where people report barriers and ask for content in an accessible form
 * @param postalAddress the operator's postal address, lines separated by {@code |}
 * @param preparedOn when the statement was prepared (or last reviewed)
 * @param enforcementBody the body people turn to when the operator's answer does not satisfy them
 * @param enforcementUrl that body's web address
 */
@ConfigurationProperties("smile.accessibility")
public record AccessibilityProperties(
        @DefaultValue("smile exchange (Demo)") String operator,

        @DefaultValue("barrierefreiheit@smile-exchange.example")
        String contactEmail,

        @DefaultValue("smile exchange – Redaktion|Musterstraße 1|24103 Kiel")
        String postalAddress,

        @DefaultValue("2026-12-07") LocalDate preparedOn,
        @DefaultValue("Schlichtungsstelle nach § 16 BGG") String enforcementBody,

        @DefaultValue("https://www.schlichtungsstelle-bgg.de")
        URI enforcementUrl) {

    public java.util.List<String> postalAddressLines() {
        return java.util.Arrays.stream(postalAddress.split("\\|"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
