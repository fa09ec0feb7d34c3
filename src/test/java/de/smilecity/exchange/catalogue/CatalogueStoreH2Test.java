package de.smilecity.exchange.catalogue;

/** The catalogue's storage on the embedded default database. */
class CatalogueStoreH2Test extends CatalogueStoreContract {}
