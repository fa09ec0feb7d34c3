@NullMarked
package de.smilecity.exchange.catalogue;

import org.jspecify.annotations.NullMarked;
