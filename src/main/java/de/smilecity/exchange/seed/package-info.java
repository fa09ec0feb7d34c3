@NullMarked
package de.smilecity.exchange.seed;

import org.jspecify.annotations.NullMarked;
