package de.smilecity.exchange.seed;

import java.nio.file.Path;

/** A seed file that cannot be loaded, with the place to fix it: file, line and field. */
public class SeedException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String field;

    SeedException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " (field '" + field + "')") + ": "
                + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** 1-based line in the file, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The field name or path, e.g. {@code links[2].url}; empty when no single field is at fault. */
    public String field() {
        return field;
    }
}
