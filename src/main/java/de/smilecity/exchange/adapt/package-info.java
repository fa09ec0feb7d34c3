/**
 * Adaptation: "adapt for my city", the lineage of adaptations, project plans that work through a
 * template's steps, adaptation kits (Markdown, PDF, printable HTML) and side-by-side comparison.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"catalogue", "catalogue::api", "catalogue::ui", "contribute", "security", "shared", "ui"
        })
package de.smilecity.exchange.adapt;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
