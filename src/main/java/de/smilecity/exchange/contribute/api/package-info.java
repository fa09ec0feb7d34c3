@NullMarked
package de.smilecity.exchange.contribute.api;

import org.jspecify.annotations.NullMarked;
