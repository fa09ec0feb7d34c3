package de.smilecity.exchange.search;

/**
 * Why a hit was found in the other language: the words of the question and the glossary's term that
 * the hit contains, e.g. "water management" → "Wassermanagement".
 *
 * @param from the words of the question
 * @param to the term of the other language (or another name of the same concept) that matched
 */
public record MatchedTranslation(String from, String to) {}
