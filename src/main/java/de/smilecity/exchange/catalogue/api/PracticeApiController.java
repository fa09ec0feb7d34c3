package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.catalogue.PracticeSummary;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reads of the published catalogue. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CatalogueService catalogue;
    private final CurrentUser user;

    PracticeApiController(CatalogueService catalogue, CurrentUser user) {
        this.catalogue = catalogue;
        this.user = user;
    }

    /** The published catalogue page by page, filtered like the catalogue page. */
    @GetMapping
    PracticePageJson list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "title") String sort,
            @RequestParam(name = "field", required = false) List<String> fields,
            @RequestParam(name = "state", required = false) List<String> states,
            @RequestParam(name = "phase", required = false) List<String> phases,
            @RequestParam(name = "organisation", required = false) List<String> organisations) {
        long start = System.nanoTime();
        if (page < 0) throw new BadRequestException("page", "page must be 0 or more, was " + page);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        PracticeFilter filter = new PracticeFilter(
                orEmpty(fields), orEmpty(states), phases(orEmpty(phases)), orEmpty(organisations), "");
        Page<PracticeSummary> result = catalogue.findPublished(filter, PageRequest.of(page, size, sort(sort)));
        return new PracticePageJson(
                result.getTotalElements(),
                (System.nanoTime() - start) / 1_000_000,
                page,
                size,
                result.map(PracticeHitJson::of).getContent(),
                Map.of(),
                null);
    }

    /** One published entry by numeric id or slug, with every field. */
    @GetMapping("/{idOrSlug}")
    PracticeJson one(@PathVariable String idOrSlug) {
        return PracticeJson.of(catalogue.getPublished(idOrSlug), user.find().isPresent());
    }

    private static Sort sort(String sort) {
        return switch (sort) {
            case "title" -> Sort.by("title");
            case "newest" -> Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id"));
            default -> throw new BadRequestException("sort", "sort must be 'title' or 'newest', was '" + sort + "'");
        };
    }

    private static List<Phase> phases(List<String> values) {
        return values.stream()
                .map(v -> {
                    String name = v.toUpperCase(Locale.ROOT);
                    return Arrays.stream(Phase.values())
                            .filter(p -> p.name().equals(name))
                            .findFirst()
                            .orElseThrow(() -> new BadRequestException(
                                    "phase",
                                    "unknown phase '" + v + "'; expected one of "
                                            + Arrays.toString(Phase.values()).toLowerCase(Locale.ROOT)));
                })
                .toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
