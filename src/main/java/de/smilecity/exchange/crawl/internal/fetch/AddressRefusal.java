package de.smilecity.exchange.crawl.internal.fetch;

/**
 * Why a URL is not requested.
 *
 * @param reason for people: what is wrong with the address and what to do
 * @param forbidden whether a rule forbids the address (scheme, user info, a non-public address), as
 *     opposed to a host that cannot be found now and may be found later
 */
public record AddressRefusal(String reason, boolean forbidden) {}
