/**
 * The catalogue's part of the HTTP API under {@code /api/v1}. Each feature keeps its REST controllers
 * in an {@code api} sub-package of its own (see docs/architecture.md); the JSON shapes here are the
 * ones other features reuse.
 */
@NullMarked
@NamedInterface("api")
package de.smilecity.exchange.catalogue.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
