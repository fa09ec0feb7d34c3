@NullMarked
package de.smilecity.exchange.search;

import org.jspecify.annotations.NullMarked;
