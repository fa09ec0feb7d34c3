@NullMarked
package de.smilecity.exchange.crawl.api;

import org.jspecify.annotations.NullMarked;
