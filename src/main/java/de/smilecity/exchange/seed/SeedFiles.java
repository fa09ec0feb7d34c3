package de.smilecity.exchange.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads seed files and turns every parse problem into a {@link SeedException} with file, line and field. */
final class SeedFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final String FENCE = "---";

    private SeedFiles() {}

    /** A practice file split at its front-matter fences. {@code headerFirstLine} is 1-based. */
    record MarkdownFile(Path path, String header, int headerFirstLine, String body, String hash) {

        /** The line on which a top-level field of the header starts, or the header's first line. */
        int lineOf(String field) {
            String top = field.replaceAll("[\\[.].*$", "");
            Pattern start = Pattern.compile("^" + Pattern.quote(top) + "\\s*:");
            String[] lines = header.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (start.matcher(lines[i]).find()) {
                    return headerFirstLine + i;
                }
            }
            return headerFirstLine;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeedException(file, 0, "", "cannot be read: " + e.getMessage());
        }
    }

    static MarkdownFile readMarkdown(Path file) {
        String text = read(file).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            throw new SeedException(file, 1, "", "must start with a '---' line that opens the YAML header");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String header = String.join("\n", List.of(lines).subList(1, i));
                String body = String.join("\n", List.of(lines).subList(i + 1, lines.length))
                        .strip();
                return new MarkdownFile(file, header, 2, body, sha256(text));
            }
        }
        throw new SeedException(file, 1, "", "the YAML header opened on line 1 is never closed by a '---' line");
    }

    /** Parses YAML into the given type; {@code firstLine} is where the YAML starts in the file. */
    static <T> T parse(Path file, String yaml, int firstLine, Class<T> type) {
        return parse(file, yaml, firstLine, YAML.constructType(type));
    }

    static <T> List<T> parseList(Path file, String yaml, Class<T> elementType) {
        return parse(file, yaml, 1, YAML.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private static <T> T parse(Path file, String yaml, int firstLine, JavaType type) {
        try {
            T value = YAML.readValue(yaml, type);
            if (value == null) {
                throw new SeedException(file, firstLine, "", "is empty");
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            int yamlLine = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
            String field = e.getPathReference() == null ? "" : fieldPath(e);
            throw new SeedException(
                    file, firstLine - 1 + lineOfKey(yaml, field, yamlLine), field, e.getOriginalMessage());
        }
    }

    /**
     * The line that names the field's key, searched backwards from where the parser stopped: the
     * parser reports the token after a bad key, but a person wants to see the key.
     */
    private static int lineOfKey(String yaml, String field, int parserLine) {
        String key = field.replaceAll("^.*\\.", "").replaceAll("\\[\\d*]$", "");
        if (key.isEmpty()) return parserLine;
        Pattern named = Pattern.compile("^\\s*(- )?" + Pattern.quote(key) + "\\s*:");
        String[] lines = yaml.split("\n", -1);
        for (int i = Math.min(parserLine, lines.length) - 1; i >= 0; i--) {
            if (named.matcher(lines[i]).find()) return i + 1;
        }
        return parserLine;
    }

    /** "links[2].url" from Jackson's reference chain. */
    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static List<Path> list(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list seed folder " + folder, e);
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
