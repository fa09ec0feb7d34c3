package de.smilecity.exchange.search;

import de.smilecity.exchange.testsupport.OpenSearch;

/**
 * The passages of partner reports ({@link PassageSearchTest}) found by the OpenSearch engine: the
 * right page with its words marked, and never a page of an entry a visitor may not see.
 */
@OpenSearch
class PassageSearchOnOpenSearchTest extends PassageSearchTest {}
