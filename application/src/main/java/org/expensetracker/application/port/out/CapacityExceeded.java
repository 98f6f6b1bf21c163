package org.expensetracker.application.port.out;

/**
 * Thrown by adapters when a bounded resource is full (every password-hashing slot busy and its
 * queue full). Not the client's fault: the HTTP adapter answers 503 with {@code Retry-After}.
 */
public class CapacityExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CapacityExceeded(String message) {
    super(message);
  }
}
