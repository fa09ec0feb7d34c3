package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Practice;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.springframework.scheduling.support.CronExpression;

/** Public because Hibernate instantiates it by reflection for the validation before each write. Checks every part of a source and reports each problem on its own field ({@code startUrls[0]}, {@code fields.title}). */
public class PartnerSourceValidator implements ConstraintValidator<ValidPartnerSource, PartnerSource> {

    private static final Pattern HOST = Pattern.compile(
            "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$|^\\[[0-9A-Fa-f:.]+]$");

    @Override
    public boolean isValid(PartnerSource source, ConstraintValidatorContext context) {
        Problems problems = new Problems(context);
        if (source.getStartUrls().isEmpty() && source.getSitemapUrl() == null) {
            problems.add("startUrls", CrawlTexts.get("crawl.validation.startUrls.required"));
        }
        checkSize(problems, "startUrls", source.getStartUrls());
        for (int i = 0; i < source.getStartUrls().size(); i++) {
            checkUrl(problems, "startUrls[" + i + "]", source.getStartUrls().get(i));
        }
        if (source.getSitemapUrl() != null) {
            checkUrl(problems, "sitemapUrl", source.getSitemapUrl());
        }
        checkSize(problems, "allowedHosts", source.getAllowedHosts());
        for (int i = 0; i < source.getAllowedHosts().size(); i++) {
            String host = source.getAllowedHosts().get(i).strip();
            if (!HOST.matcher(host).matches()) {
                problems.add("allowedHosts[" + i + "]", CrawlTexts.get("crawl.validation.host", host));
            }
        }
        checkPatterns(problems, "include", source.getInclude());
        checkPatterns(problems, "exclude", source.getExclude());
        for (String field : ExtractionProfile.FIELDS) {
            String selector = source.getFields().get(field);
            if (selector != null) checkSelector(problems, "fields." + field, selector);
        }
        String language = source.getLanguage();
        if (language != null && !language.matches(Practice.LANGUAGE_PATTERN)) {
            problems.add("language", CrawlTexts.get("crawl.validation.language", language));
        }
        String schedule = source.getSchedule();
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            problems.add("schedule", CrawlTexts.get("crawl.validation.schedule", schedule));
        }
        source.getPhaseLabels().keySet().forEach(label -> {
            if (label.isBlank() || label.contains("\n")) {
                problems.add("phaseLabels", CrawlTexts.get("crawl.validation.phaseLabel", label));
            }
        });
        return problems.none();
    }

    private static void checkSize(Problems problems, String field, List<String> values) {
        if (values.size() > PartnerSource.MAX_LIST_SIZE) {
            problems.add(field, CrawlTexts.get("crawl.validation.tooMany", PartnerSource.MAX_LIST_SIZE, values.size()));
        }
    }

    private static void checkUrl(Problems problems, String field, String url) {
        if (url.length() > PartnerSource.URL_MAX_LENGTH) {
            problems.add(field, CrawlTexts.get("crawl.validation.url.long", PartnerSource.URL_MAX_LENGTH));
            return;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(field, CrawlTexts.get("crawl.validation.url", url));
            }
        } catch (URISyntaxException e) {
            problems.add(field, CrawlTexts.get("crawl.validation.url", url));
        }
    }

    private static void checkPatterns(Problems problems, String field, List<String> patterns) {
        checkSize(problems, field, patterns);
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            try {
                Pattern.compile(pattern);
                if (pattern.contains("\n")) throw new PatternSyntaxException("line break", pattern, 0);
            } catch (PatternSyntaxException e) {
                problems.add(
                        field + "[" + i + "]",
                        CrawlTexts.get("crawl.validation.pattern", pattern, e.getDescription(), e.getIndex()));
            }
        }
    }

    private static void checkSelector(Problems problems, String field, String selector) {
        if (selector.length() > ExtractionProfile.SELECTOR_MAX_LENGTH) {
            problems.add(
                    field, CrawlTexts.get("crawl.validation.selector.long", ExtractionProfile.SELECTOR_MAX_LENGTH));
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            problems.add(field, CrawlTexts.get("crawl.validation.selector", selector, e.getMessage()));
        }
    }

    /** Collects problems as violations on their fields, escaped so that a pattern's braces stay text. */
    private static final class Problems {
        private final ConstraintValidatorContext context;
        private boolean any;

        Problems(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void add(String field, String message) {
            any = true;
            String template = message.replace("\\", "\\\\")
                    .replace("{", "\\{")
                    .replace("}", "\\}")
                    .replace("$", "\\$");
            context.buildConstraintViolationWithTemplate(template)
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }

        boolean none() {
            return !any;
        }
    }
}
