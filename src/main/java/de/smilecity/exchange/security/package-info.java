@NullMarked
package de.smilecity.exchange.security;

import org.jspecify.annotations.NullMarked;
