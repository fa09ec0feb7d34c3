@NullMarked
package de.smilecity.exchange.crawl.internal.parse;

import org.jspecify.annotations.NullMarked;
