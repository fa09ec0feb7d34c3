package de.smilecity.exchange.crawl;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Serves the fictional demo partner site of {@code seed-content/demo-partner-site/} at
 * {@code /demo-partner-site/**} (demo profile only), so that a fresh start can crawl offline. Its
 * files name {@code http://localhost:8080}; they are served with the address this app really runs
 * at. robots.txt lives at the host root, so {@code /robots.txt} combines the app's own rules with
 * those of the demo site. A report {@code name.pdf} is written on request from {@code name.txt}
 * ({@link DemoReports}), titled by its first line.
 */
@Controller
@Profile("demo")
class DemoPartnerSite {

    static final String PATH = "/demo-partner-site";
    /** The address the demo files are written for. */
    static final String WRITTEN_FOR = "http://localhost:8080";

    /** The app's own robots rules: nothing to index behind the API and the sign-in. */
    private static final List<String> APP_RULES = List.of("Disallow: /api/", "Disallow: /login");

    private static final Map<String, MediaType> TYPES = Map.of(
            "html", MediaType.parseMediaType("text/html;charset=UTF-8"),
            "xml", MediaType.parseMediaType("application/xml;charset=UTF-8"),
            "txt", MediaType.parseMediaType("text/plain;charset=UTF-8"),
            "css", MediaType.parseMediaType("text/css;charset=UTF-8"));

    private final Path root;

    DemoPartnerSite(@Value("${smile.seed.path:./seed-content}") Path seedPath) {
        this.root = seedPath.resolve("demo-partner-site").toAbsolutePath().normalize();
    }

    @GetMapping(PATH + "/**")
    ResponseEntity<byte[]> file(HttpServletRequest request) {
        String relative =
                request.getRequestURI().substring(request.getContextPath().length() + PATH.length());
        if (relative.isEmpty() || relative.endsWith("/")) relative += "index.html";
        Path file = root.resolve(relative.substring(1)).normalize();
        String extension =
                file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
        if (extension.equals("pdf")) {
            Path source = file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.pdf$", ".txt"));
            if (!source.startsWith(root) || !Files.isRegularFile(source))
                return ResponseEntity.notFound().build();
            String text = read(source);
            String title = text.lines()
                    .filter(l -> !l.isBlank())
                    .findFirst()
                    .orElse("Bericht")
                    .strip();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(DemoReports.render(title, text));
        }
        MediaType type = TYPES.get(extension);
        if (!file.startsWith(root) || !Files.isRegularFile(file) || type == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .body(read(file).replace(WRITTEN_FOR, base()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder(
                "# smile exchange (demo profile): the app's rules and those of the demo partner site\n");
        text.append("User-agent: *\n");
        APP_RULES.forEach(rule -> text.append(rule).append('\n'));
        Path demoRobots = root.resolve("robots.txt");
        if (Files.isRegularFile(demoRobots)) {
            for (String line : read(demoRobots).replace(WRITTEN_FOR, base()).split("\n")) {
                String l = line.strip();
                if (l.isEmpty()
                        || l.startsWith("#")
                        || l.toLowerCase(Locale.ROOT).startsWith("user-agent")) continue;
                text.append(l).append('\n');
            }
        }
        return ResponseEntity.ok().contentType(TYPES.get("txt")).body(text.toString());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo partner site file " + file, e);
        }
    }
}
