/** The caller's own account over HTTP. */
@NullMarked
package de.smilecity.exchange.security.api;

import org.jspecify.annotations.NullMarked;
