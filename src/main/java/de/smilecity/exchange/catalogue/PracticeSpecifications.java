package de.smilecity.exchange.catalogue;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The filters of the catalogue list as JPA criteria. */
final class PracticeSpecifications {

    private PracticeSpecifications() {}

    static Specification<Practice> published(PracticeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("state"), PracticeState.PUBLISHED));
            if (!filter.fields().isEmpty()) {
                // A subquery rather than a join, so that an entry with two matching fields is listed once.
                Subquery<Long> withField = query.subquery(Long.class);
                Root<Practice> inner = withField.from(Practice.class);
                Join<Practice, Concept> concept = inner.join("concepts");
                withField
                        .select(inner.get("id"))
                        .where(
                                cb.equal(concept.get("scheme"), ConceptScheme.INNOVATION_FIELD),
                                concept.get("code").in(filter.fields()));
                all.add(root.get("id").in(withField));
            }
            if (!filter.states().isEmpty()) {
                all.add(root.get("organisation").get("state").in(filter.states()));
            }
            if (!filter.phases().isEmpty()) {
                all.add(root.get("phase").in(filter.phases()));
            }
            if (!filter.organisations().isEmpty()) {
                all.add(root.get("organisation").get("slug").in(filter.organisations()));
            }
            for (String word : filter.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    String like =
                            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    all.add(cb.or(
                            cb.like(cb.lower(root.get("title")), like, '\\'),
                            cb.like(cb.lower(root.get("summary")), like, '\\')));
                }
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
