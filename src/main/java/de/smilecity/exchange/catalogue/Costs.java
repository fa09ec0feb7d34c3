package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a practice cost and who paid. */
@Embeddable
public class Costs {

    public static final int FUNDING_MAX_LENGTH = 200;
    /** Digits before the decimal point that the column (precision 14, scale 2) holds. */
    public static final int AMOUNT_INTEGER_DIGITS = 12;

    public static final int AMOUNT_FRACTION_DIGITS = 2;

    @DecimalMin(value = "0", message = "{costs.amount.negative}")
    @Digits(integer = AMOUNT_INTEGER_DIGITS, fraction = AMOUNT_FRACTION_DIGITS, message = "{number.digits}")
    @Column(name = "cost_amount", precision = 14, scale = 2)
    private @Nullable BigDecimal amount;

    /** ISO 4217. */
    @Pattern(regexp = "^[A-Z]{3}$", message = "{costs.currency.invalid}")
    @Column(name = "cost_currency", length = 3)
    private @Nullable String currency;

    @Size(max = FUNDING_MAX_LENGTH, message = "{text.size}")
    @Column(name = "funding_programme", length = FUNDING_MAX_LENGTH)
    private @Nullable String fundingProgramme;

    public Costs() {}

    public Costs(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String fundingProgramme) {
        this.amount = amount;
        this.currency = currency;
        this.fundingProgramme = fundingProgramme;
    }

    public boolean isEmpty() {
        return amount == null && fundingProgramme == null;
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(@Nullable BigDecimal amount) {
        this.amount = amount;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public @Nullable String getFundingProgramme() {
        return fundingProgramme;
    }

    public void setFundingProgramme(@Nullable String fundingProgramme) {
        this.fundingProgramme = fundingProgramme;
    }
}
