@NullMarked
package de.smilecity.exchange.shared;

import org.jspecify.annotations.NullMarked;
