package org.expensetracker.bootstrap;

/**
 * A configuration or environment problem that stops start-up; its message is one line for humans.
 */
final class StartupFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StartupFailure(String message) {
    super(message, null, false, false);
  }
}
