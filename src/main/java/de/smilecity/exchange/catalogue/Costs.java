package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a practice cost and who paid. */
@Embeddable
public class Costs {

    public static final int FUNDING_MAX_LENGTH = 200;

    @DecimalMin(value = "0", message = "{costs.amount.negative}")
    @Column(name = "cost_amount", precision = 14, scale = 2)
    private @Nullable BigDecimal amount;

    /** ISO 4217. */
    @Pattern(regexp = "^[A-Z]{3}$", message = "{costs.currency.invalid}")
    @Column(name = "cost_currency", length = 3)
    private @Nullable String currency;

    @Size(max = FUNDING_MAX_LENGTH)
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
