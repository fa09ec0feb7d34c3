package de.smilecity.exchange.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of an entry, as Hibernate Envers recorded them: who changed it when, and what it said
 * at each version. Visitors see the published versions; the people who may work on the entry see all.
 */
@Service
public class PracticeHistory {

    /** One recorded version. */
    public record Version(int revision, Instant at, String by, PracticeState state, String title) {}

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param practiceId the entry
     * @param publishedOnly only versions in which the entry was published (what visitors may see)
     * @return oldest first
     */
    @Transactional(readOnly = true)
    public List<Version> versions(long practiceId, boolean publishedOnly) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Practice.class, false, true)
                .add(AuditEntity.id().eq(practiceId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .filter(row -> row[2] != RevisionType.DEL)
                .map(row -> {
                    Practice p = (Practice) row[0];
                    CatalogueRevision revision = (CatalogueRevision) row[1];
                    return new Version(
                            revision.getId(),
                            Instant.ofEpochMilli(revision.getTimestamp()),
                            Objects.requireNonNullElse(revision.getUsername(), CatalogueRevisionListener.SYSTEM),
                            p.getState(),
                            p.getTitle());
                })
                .filter(v -> !publishedOnly || v.state() == PracticeState.PUBLISHED)
                .toList();
    }

    /**
     * What the entry said at a version, field by field ({@link PracticeDiff#text}).
     *
     * @throws PracticeNotFoundException when the entry has no such version
     */
    @Transactional(readOnly = true)
    public Map<String, String> text(long practiceId, int revision, Locale locale) {
        Practice at = AuditReaderFactory.get(entityManager).find(Practice.class, practiceId, revision);
        if (at == null) {
            throw new PracticeNotFoundException(practiceId + " at version " + revision);
        }
        return PracticeDiff.text(at, locale);
    }
}
