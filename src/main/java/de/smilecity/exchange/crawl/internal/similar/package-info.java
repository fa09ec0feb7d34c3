/**
 * Near-duplicate texts: word shingles, their exact overlap, and a MinHash signature that estimates
 * it from a few hundred bytes. Pure functions; what counts as the same project is decided by the
 * crawl module that uses them.
 */
@NullMarked
package de.smilecity.exchange.crawl.internal.similar;

import org.jspecify.annotations.NullMarked;
