@NullMarked
package de.smilecity.exchange.search.internal;

import org.jspecify.annotations.NullMarked;
