package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.api.PracticeJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as a JSON array of entries, each in exactly the shape of
 * {@code GET /api/v1/practices/{id}} (members-only contacts left out), written entry by entry.
 */
public final class JsonExport implements EntrySink {

    public static final String MEDIA_TYPE = "application/json";

    private final JsonMapper json;
    private final JsonGenerator generator;

    public JsonExport(OutputStream out, JsonMapper json) {
        this.json = json;
        this.generator = json.createGenerator(out);
        generator.writeStartArray();
    }

    @Override
    public void write(List<Practice> batch) throws IOException {
        for (Practice p : batch) {
            json.writeValue(generator, PracticeJson.of(p, Audience.PUBLIC));
        }
        generator.flush();
    }

    @Override
    public void finish() throws IOException {
        generator.writeEndArray();
        generator.flush();
    }
}
