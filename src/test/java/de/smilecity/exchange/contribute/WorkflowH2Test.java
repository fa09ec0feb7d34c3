package de.smilecity.exchange.contribute;

/** The publication workflow on the embedded default database. */
class WorkflowH2Test extends WorkflowContract {}
