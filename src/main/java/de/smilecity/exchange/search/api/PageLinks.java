package de.smilecity.exchange.search.api;

import de.smilecity.exchange.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The RFC 8288 {@code Link} header of a paged list: first, prev, next and last, each the current
 * request with only {@code page} changed, so that every filter stays as it was. The last page is
 * the last one a search may ask for ({@link SearchRequest#lastPage}), so that no link leads to a 400.
 */
final class PageLinks {

    private PageLinks() {}

    static String of(long total, int page, int size) {
        int last = (int) Math.min(SearchRequest.lastPage(size), Math.max(0, (total - 1) / size));
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (page > 0) links.add(link(Math.min(page - 1, last), "prev"));
        if (page < last) links.add(link(page + 1, "next"));
        links.add(link(last, "last"));
        return String.join(", ", links);
    }

    private static String link(int page, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
