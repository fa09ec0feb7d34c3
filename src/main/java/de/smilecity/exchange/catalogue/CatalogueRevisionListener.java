package de.smilecity.exchange.catalogue;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" when no one is (seed loading, crawls). */
class CatalogueRevisionListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
        ((CatalogueRevision) revisionEntity).setUsername(name);
    }
}
