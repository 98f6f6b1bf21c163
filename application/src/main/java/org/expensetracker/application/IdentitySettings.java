package org.expensetracker.application;

/**
 * How the identity use cases behave.
 *
 * @param otpEnabled whether a new account must verify its email with a one-time code before it can
 *     log in; when false, accounts are verified at once
 */
public record IdentitySettings(boolean otpEnabled) {

  /** Production behaviour: verification on. */
  public static IdentitySettings defaults() {
    return new IdentitySettings(true);
  }
}
