@NullMarked
package de.smilecity.exchange.search.ui;

import org.jspecify.annotations.NullMarked;
