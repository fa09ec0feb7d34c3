@NullMarked
package de.smilecity.exchange.crawl.ui;

import org.jspecify.annotations.NullMarked;
