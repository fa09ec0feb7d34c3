package de.smilecity.exchange.search;

import de.smilecity.exchange.testsupport.OpenSearch;

/**
 * Every test of {@link PassageSearchTest} on the OpenSearch engine: the ranking of questions (question
 * words dropped, what a report is about, half the words enough and the retry with one, "Seite 14",
 * amounts for questions about money) from the same plan as on the embedded engine, the passage marked,
 * never a page of an entry a visitor may not see, the limits and the rebuild.
 */
@OpenSearch
class PassageSearchOnOpenSearchTest extends PassageSearchTest {}
