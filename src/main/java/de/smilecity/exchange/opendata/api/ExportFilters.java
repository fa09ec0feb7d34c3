package de.smilecity.exchange.opendata.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The search parameters an export takes besides the facets (which {@link OpenApiConfiguration} adds
 * to every filterable endpoint). The exports read all their parameters from one map, so these are
 * documented on the method rather than as arguments.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
        name = "q",
        in = ParameterIn.QUERY,
        description = "Words to search for, as in the search; empty exports everything",
        schema = @Schema(type = "string", defaultValue = ""))
@Parameter(
        name = "sort",
        in = ParameterIn.QUERY,
        description = "Order when filtering: relevance (default), newest, title or adaptations",
        schema = @Schema(type = "string", defaultValue = "relevance"))
@Parameter(
        name = "like",
        in = ParameterIn.QUERY,
        description = "Slug of an organisation: rank entries of similar cities higher",
        schema = @Schema(type = "string"))
@interface ExportFilters {}
