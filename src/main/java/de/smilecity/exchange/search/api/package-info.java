@NullMarked
package de.smilecity.exchange.search.api;

import org.jspecify.annotations.NullMarked;
