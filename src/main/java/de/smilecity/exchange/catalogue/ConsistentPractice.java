package de.smilecity.exchange.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rules that join two fields of a practice. Violations are reported on the field a person has to
 * change ({@code endYear}, {@code discontinuedReason}), so that form and API can show them there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentPracticeValidator.class)
@interface ConsistentPractice {
    String message() default "{practice.consistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
