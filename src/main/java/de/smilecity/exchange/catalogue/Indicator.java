package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A measured effect of a practice: where it started, where it should go, where it stands. */
@Embeddable
public class Indicator {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int UNIT_MAX_LENGTH = 40;
    /** Digits before the decimal point that the columns (precision 16, scale 2) hold. */
    public static final int VALUE_INTEGER_DIGITS = 14;

    public static final int VALUE_FRACTION_DIGITS = 2;

    @NotBlank(message = "{indicator.name.required}")
    @Size(max = NAME_MAX_LENGTH, message = "{text.size}")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Size(max = UNIT_MAX_LENGTH, message = "{text.size}")
    @Column(length = UNIT_MAX_LENGTH)
    private @Nullable String unit;

    @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS, message = "{number.digits}")
    @Column(precision = 16, scale = 2)
    private @Nullable BigDecimal baseline;

    @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS, message = "{number.digits}")
    @Column(precision = 16, scale = 2)
    private @Nullable BigDecimal target;

    @Digits(integer = VALUE_INTEGER_DIGITS, fraction = VALUE_FRACTION_DIGITS, message = "{number.digits}")
    @Column(name = "current_value", precision = 16, scale = 2)
    private @Nullable BigDecimal value;

    @Column(name = "measured_on")
    private @Nullable LocalDate measuredOn;

    public Indicator() {}

    public Indicator(
            String name,
            @Nullable String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal value,
            @Nullable LocalDate measuredOn) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.value = value;
        this.measuredOn = measuredOn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getUnit() {
        return unit;
    }

    public void setUnit(@Nullable String unit) {
        this.unit = unit;
    }

    public @Nullable BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(@Nullable BigDecimal baseline) {
        this.baseline = baseline;
    }

    public @Nullable BigDecimal getTarget() {
        return target;
    }

    public void setTarget(@Nullable BigDecimal target) {
        this.target = target;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }

    public void setValue(@Nullable BigDecimal value) {
        this.value = value;
    }

    public @Nullable LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(@Nullable LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }
}
