/** The open data in the pages: structured data in every detail page's head, and the "Open data" page. */
@NullMarked
package de.smilecity.exchange.opendata.ui;

import org.jspecify.annotations.NullMarked;
