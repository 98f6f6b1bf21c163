package org.expensetracker.domain.shared;

/** Credentials or token not accepted. One message for every reason, so nothing is revealed. */
public class AuthenticationFailed extends DomainException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailed() {
    super("unauthorized", "Authentication failed");
  }
}
