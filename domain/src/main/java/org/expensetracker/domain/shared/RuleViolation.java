package org.expensetracker.domain.shared;

/** A well-formed request that breaks a business rule the issue asks to answer with 422. */
public class RuleViolation extends DomainException {
  private static final long serialVersionUID = 1L;

  public RuleViolation(String code, String message) {
    super(code, message);
  }
}
