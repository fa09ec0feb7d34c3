@NullMarked
package de.smilecity.exchange.ui;

import org.jspecify.annotations.NullMarked;
