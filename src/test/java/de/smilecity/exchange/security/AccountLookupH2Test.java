package de.smilecity.exchange.security;

/** Which account a typed name signs in as, on the embedded default database. */
class AccountLookupH2Test extends AccountLookupContract {}
