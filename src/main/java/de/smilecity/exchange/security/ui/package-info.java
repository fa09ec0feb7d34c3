@NullMarked
package de.smilecity.exchange.security.ui;

import org.jspecify.annotations.NullMarked;
