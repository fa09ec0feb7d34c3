@NullMarked
package de.smilecity.exchange.contribute;

import org.jspecify.annotations.NullMarked;
