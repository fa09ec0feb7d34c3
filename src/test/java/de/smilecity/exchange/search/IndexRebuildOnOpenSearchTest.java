package de.smilecity.exchange.search;

import de.smilecity.exchange.testsupport.OpenSearch;

/**
 * The rebuild in place ({@link IndexRebuildTest}) on OpenSearch: searches during a rebuild see the
 * whole catalogue, a failed rebuild loses nothing, a completed one repairs the index.
 */
@OpenSearch
class IndexRebuildOnOpenSearchTest extends IndexRebuildTest {}
