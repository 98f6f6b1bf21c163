package org.expensetracker.adapters.identity;

/** The mail server did not take a code message. The message never contains the code. */
public final class OtpDeliveryFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OtpDeliveryFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
