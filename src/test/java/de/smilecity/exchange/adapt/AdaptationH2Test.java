package de.smilecity.exchange.adapt;

/** Adaptation on the embedded default database. */
class AdaptationH2Test extends AdaptationContract {}
