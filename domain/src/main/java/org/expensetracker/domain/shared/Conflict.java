package org.expensetracker.domain.shared;

/**
 * The request clashes with the current state (duplicate, still in use, not allowed in this state).
 */
public class Conflict extends DomainException {
  private static final long serialVersionUID = 1L;

  public Conflict(String code, String message) {
    super(code, message);
  }
}
