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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of an entry, as Hibernate Envers recorded them: who changed it when, and what it said
 * at each version. The audit tables keep every field of every version, members-only contacts and
 * account names included, so what a reader gets is cut to their {@link Audience}: visitors and other
 * members see the published versions without account names, visitors without members-only contacts
 * (those members-only now or at that version); the people who may work on the entry see everything.
 */
@Service
public class PracticeHistory {

    /**
     * One recorded version.
     *
     * @param by the account that made it ("system" for seed and crawl), or null when the reader may
     *     not see account names
     */
    public record Version(
            int revision, Instant at, @Nullable String by, PracticeState state, String title) {}

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * @param practiceId the entry
     * @param audience who reads: only the team sees versions in which the entry was not published,
     *     and who made them
     * @return oldest first
     */
    @Transactional(readOnly = true)
    public List<Version> versions(long practiceId, Audience audience) {
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
                            audience.seesAccounts()
                                    ? Objects.requireNonNullElse(
                                            revision.getUsername(), CatalogueRevisionListener.SYSTEM)
                                    : null,
                            p.getState(),
                            p.getTitle());
                })
                .filter(v -> audience.seesUnpublished() || v.state() == PracticeState.PUBLISHED)
                .toList();
    }

    /**
     * What the entry said at a version, field by field ({@link PracticeDiff#text}), as far as the
     * audience may see it.
     *
     * @throws PracticeNotFoundException when the entry has no such version, or none the audience may see
     */
    @Transactional(readOnly = true)
    public Map<String, String> text(long practiceId, int revision, Audience audience, Locale locale) {
        Practice at = AuditReaderFactory.get(entityManager).find(Practice.class, practiceId, revision);
        Practice now = entityManager.find(Practice.class, practiceId);
        if (at == null || now == null || (!audience.seesUnpublished() && !at.isPublished())) {
            throw new PracticeNotFoundException(practiceId + " at version " + revision);
        }
        return PracticeDiff.text(at, audience.contactsAt(at, now), locale);
    }
}
