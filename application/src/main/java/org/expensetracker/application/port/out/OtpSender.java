package org.expensetracker.application.port.out;

import java.time.Duration;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** Outgoing port: delivers a one-time code to its owner (by mail, or to the log in development). */
public interface OtpSender {
  void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor);
}
