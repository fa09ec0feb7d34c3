package de.smilecity.exchange.crawl;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of a partner source that need more than one annotation: URLs, hosts, patterns, selectors. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerSourceValidator.class)
@interface ValidPartnerSource {
    String message() default "partner source is not valid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
