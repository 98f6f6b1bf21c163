package org.expensetracker.domain.shared;

/** The caller is known but may not do this. */
public class Forbidden extends DomainException {
  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    this("forbidden", message);
  }

  public Forbidden(String code, String message) {
    super(code, message);
  }
}
