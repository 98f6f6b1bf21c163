package org.expensetracker.domain.shared;

/**
 * Base of every business error. Adapters map this one type (by its subclass) to a response, so a
 * new rule never needs new mapping code.
 *
 * <p>Stack traces are not captured: these are expected outcomes, not bugs, and cheap to throw.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  protected DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** Stable, machine-readable slug (for example {@code email-not-verified}). */
  public String code() {
    return code;
  }
}
