@NullMarked
package de.smilecity.exchange.adapt.ui;

import org.jspecify.annotations.NullMarked;
