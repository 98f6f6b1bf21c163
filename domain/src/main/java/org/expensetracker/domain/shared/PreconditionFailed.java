package org.expensetracker.domain.shared;

/** The caller's view of the object is stale (optimistic concurrency). */
public class PreconditionFailed extends DomainException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailed(String message) {
    super("precondition-failed", message);
  }
}
