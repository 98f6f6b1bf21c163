package org.expensetracker.adapters.identity;

import java.time.Duration;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development delivery when no SMTP server is configured: one log line {@code OTP for <email>
 * (<purpose>): <code>}, so the flow can be followed locally. The only place a code is ever logged.
 */
public final class LogOtpSender implements OtpSender {
  private static final Logger log = LoggerFactory.getLogger(LogOtpSender.class);

  @Override
  public void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {
    log.info("OTP for {} ({}): {}", to.value(), purpose.code(), code.digits());
  }
}
