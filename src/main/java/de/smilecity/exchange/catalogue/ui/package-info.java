/** The catalogue's views, and the components other features reuse on their pages. */
@NullMarked
@NamedInterface("ui")
package de.smilecity.exchange.catalogue.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
