package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an adaptation changed against its original, and why, asked one aspect at a time: the scope,
 * the technology, the governance and the budget. Another city learns most from exactly these.
 */
@Embeddable
public class AdaptationChanges {

    public static final int ANSWER_MAX_LENGTH = 2_000;

    @Size(max = ANSWER_MAX_LENGTH, message = "{practice.adaptation.size}")
    @Column(name = "adapted_scope", nullable = false, length = ANSWER_MAX_LENGTH)
    private String scope = "";

    @Size(max = ANSWER_MAX_LENGTH, message = "{practice.adaptation.size}")
    @Column(name = "adapted_technology", nullable = false, length = ANSWER_MAX_LENGTH)
    private String technology = "";

    @Size(max = ANSWER_MAX_LENGTH, message = "{practice.adaptation.size}")
    @Column(name = "adapted_governance", nullable = false, length = ANSWER_MAX_LENGTH)
    private String governance = "";

    @Size(max = ANSWER_MAX_LENGTH, message = "{practice.adaptation.size}")
    @Column(name = "adapted_budget", nullable = false, length = ANSWER_MAX_LENGTH)
    private String budget = "";

    public AdaptationChanges() {}

    public AdaptationChanges(String scope, String technology, String governance, String budget) {
        this.scope = scope;
        this.technology = technology;
        this.governance = governance;
        this.budget = budget;
    }

    public AdaptationChanges copy() {
        return new AdaptationChanges(scope, technology, governance, budget);
    }

    /** Whether any aspect has an answer. */
    public boolean isAnswered() {
        return !(scope.isBlank() && technology.isBlank() && governance.isBlank() && budget.isBlank());
    }

    /** The answers by aspect ({@code scope}, {@code technology}, {@code governance}, {@code budget}), in that order. */
    public Map<String, String> byAspect() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("scope", scope);
        answers.put("technology", technology);
        answers.put("governance", governance);
        answers.put("budget", budget);
        return answers;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTechnology() {
        return technology;
    }

    public void setTechnology(String technology) {
        this.technology = technology;
    }

    public String getGovernance() {
        return governance;
    }

    public void setGovernance(String governance) {
        this.governance = governance;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }
}
