package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Phase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Stores a source's phase labels ("Pilotphase" → IMPLEMENTATION) as "label=PHASE" lines. */
@Converter
class PhaseLabels implements AttributeConverter<Map<String, Phase>, String> {

    @Override
    public String convertToDatabaseColumn(@Nullable Map<String, Phase> labels) {
        if (labels == null) return "";
        StringBuilder text = new StringBuilder();
        labels.forEach((label, phase) -> {
            if (!text.isEmpty()) text.append('\n');
            text.append(label).append('=').append(phase.name());
        });
        return text.toString();
    }

    @Override
    public Map<String, Phase> convertToEntityAttribute(@Nullable String column) {
        Map<String, Phase> labels = new LinkedHashMap<>();
        if (column == null || column.isBlank()) return labels;
        for (String line : column.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                labels.put(line.substring(0, eq), Phase.valueOf(line.substring(eq + 1)));
            }
        }
        return labels;
    }
}
