package org.expensetracker.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** A limit was hit; the caller may try again after {@link #retryAfter()}. */
public class TooManyRequests extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient Duration retryAfter;

  public TooManyRequests(String message, Duration retryAfter) {
    super("too-many-requests", message);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
