package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.security.OrganisationDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets accounts name the catalogue's organisations without depending on the catalogue. */
@Component
class CatalogueOrganisationDirectory implements OrganisationDirectory {

    private final OrganisationRepository organisations;

    CatalogueOrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> all() {
        return organisations.findAll().stream()
                .map(CatalogueOrganisationDirectory::ref)
                .sorted(Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> byId(long id) {
        return organisations.findById(id).map(CatalogueOrganisationDirectory::ref);
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(java.util.Objects.requireNonNull(o.getId()), o.getSlug(), o.getName());
    }
}
