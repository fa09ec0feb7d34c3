@NullMarked
package de.smilecity.exchange.contribute.ui;

import org.jspecify.annotations.NullMarked;
