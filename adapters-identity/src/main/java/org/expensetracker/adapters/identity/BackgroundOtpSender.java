package org.expensetracker.adapters.identity;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands delivery to one background thread, so a slow mail server neither holds requests up nor
 * makes "resend" answer slower for a registered address than for an unknown one (which would tell
 * them apart). Failures are logged without the code; the user can ask again.
 */
public final class BackgroundOtpSender implements OtpSender, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BackgroundOtpSender.class);
  private static final int QUEUE = 1_000;

  private final OtpSender delegate;
  private final ThreadPoolExecutor executor;

  public BackgroundOtpSender(OtpSender delegate) {
    this.delegate = delegate;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            runnable -> {
              Thread thread = new Thread(runnable, "otp-delivery");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {
    try {
      executor.execute(
          () -> {
            try {
              delegate.send(to, purpose, code, validFor);
            } catch (RuntimeException e) {
              log.warn(
                  "Could not deliver a {} code: {}",
                  purpose.code(),
                  e.getCause() == null ? e.toString() : e.getCause().toString());
            }
          });
    } catch (RejectedExecutionException e) {
      log.warn("Code delivery queue is full; dropped a {} code", purpose.code());
    }
  }

  /** Stops taking codes and waits up to {@code timeout} for those queued. */
  public void close(Duration timeout) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }
}
