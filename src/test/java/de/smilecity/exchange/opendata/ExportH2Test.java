package de.smilecity.exchange.opendata;

/** The exports on the embedded default database. */
class ExportH2Test extends ExportContract {}
