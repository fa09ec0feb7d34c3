package de.smilecity.exchange.search;

import de.smilecity.exchange.testsupport.OpenSearch;

/**
 * Every widening of {@link QuestionWideningTest} on the OpenSearch engine: compounds both ways, typos
 * word by word, the other language through the glossary (read from the cluster there) with the
 * translations each hit was found by, and the broad word of two not required.
 */
@OpenSearch
class QuestionWideningOnOpenSearchTest extends QuestionWideningTest {}
