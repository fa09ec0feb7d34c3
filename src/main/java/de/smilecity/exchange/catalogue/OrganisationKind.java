package de.smilecity.exchange.catalogue;

/** What kind of body owns an entry; counties and alliances get their own size class. */
public enum OrganisationKind {
    CITY,
    DISTRICT,
    COUNTY,
    INTER_MUNICIPAL,
    NETWORK,
    OTHER
}
