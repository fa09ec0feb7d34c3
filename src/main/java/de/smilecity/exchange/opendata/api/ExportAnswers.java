package de.smilecity.exchange.opendata.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every export and the feed may answer besides their document: 304 while nothing changed since
 * the version the request names, 400 for a filter that cannot be read, 404 for an unknown
 * organisation in {@code like}. Springdoc reads these responses through the annotation as if they
 * stood on the method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "304", description = "Nothing changed since the ETag or date the request names")
@ApiResponse(responseCode = "400", description = "A filter that cannot be read; problem+json naming the parameter")
@ApiResponse(responseCode = "404", description = "The organisation named in like does not exist")
@interface ExportAnswers {}
