@NullMarked
package de.smilecity.exchange.crawl.internal.fetch;

import org.jspecify.annotations.NullMarked;
