package de.smilecity.exchange.catalogue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Public only because Bean Validation instantiates it reflectively. */
public class ConsistentPracticeValidator implements ConstraintValidator<ConsistentPractice, Practice> {

    @Override
    public boolean isValid(Practice practice, ConstraintValidatorContext context) {
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (!Practice.isYearRangeValid(practice.getStartYear(), practice.getEndYear())) {
            context.buildConstraintViolationWithTemplate("{practice.endYear.beforeStart}")
                    .addPropertyNode("endYear")
                    .addConstraintViolation();
            valid = false;
        }
        if (!Practice.isDiscontinuedReasonGiven(practice.getPhase(), practice.getDiscontinuedReason())) {
            context.buildConstraintViolationWithTemplate("{practice.discontinuedReason.required}")
                    .addPropertyNode("discontinuedReason")
                    .addConstraintViolation();
            valid = false;
        }
        if (practice.getKind() == PracticeKind.ADAPTATION && practice.getAdaptedFrom() == null) {
            context.buildConstraintViolationWithTemplate("{practice.adaptedFrom.required}")
                    .addPropertyNode("adaptedFrom")
                    .addConstraintViolation();
            valid = false;
        }
        // A draft may be unfinished; what goes to review must say what it changed.
        if (practice.getKind() == PracticeKind.ADAPTATION
                && practice.getState() != PracticeState.DRAFT
                && !practice.getAdaptationChanges().isAnswered()) {
            context.buildConstraintViolationWithTemplate("{practice.adaptation.required}")
                    .addPropertyNode("adaptationChanges")
                    .addPropertyNode("scope")
                    .addConstraintViolation();
            valid = false;
        }
        return valid;
    }
}
