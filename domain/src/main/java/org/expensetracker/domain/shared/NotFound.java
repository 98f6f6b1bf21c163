package org.expensetracker.domain.shared;

/** The thing does not exist, or the caller may not know that it exists. */
public class NotFound extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super("not-found", what + " not found");
  }
}
