package de.smilecity.exchange.contribute;

/** Parallel edits on the embedded default database. */
class ParallelEditsH2Test extends ParallelEditsContract {}
