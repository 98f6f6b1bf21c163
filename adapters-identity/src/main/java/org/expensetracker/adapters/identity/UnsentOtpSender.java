package org.expensetracker.adapters.identity;

import java.time.Duration;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery when codes have nowhere to go (an external database, no SMTP server, no {@code
 * OTP_LOG}): the code is dropped, and the warning names only its purpose, never the code.
 */
public final class UnsentOtpSender implements OtpSender {
  private static final Logger log = LoggerFactory.getLogger(UnsentOtpSender.class);

  @Override
  public void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {
    log.warn("A {} code was not sent: no SMTP_HOST is configured", purpose.code());
  }
}
