/** The open-data endpoints: exports, the Atom feed and the OpenAPI description of the whole API. */
@NullMarked
package de.smilecity.exchange.opendata.api;

import org.jspecify.annotations.NullMarked;
