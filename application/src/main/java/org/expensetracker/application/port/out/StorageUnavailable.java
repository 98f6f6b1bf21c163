package org.expensetracker.application.port.out;

/**
 * Thrown by storage adapters when the database cannot be reached in time (pool exhausted,
 * connection refused, statement timeout). Not the client's fault: the HTTP adapter answers 503 with
 * {@code Retry-After}.
 */
public class StorageUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
