@NullMarked
package de.smilecity.exchange.adapt.api;

import org.jspecify.annotations.NullMarked;
