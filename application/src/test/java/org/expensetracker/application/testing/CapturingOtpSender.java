package org.expensetracker.application.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** An {@link OtpSender} that keeps what it was asked to send, for tests to read the codes. */
public final class CapturingOtpSender implements OtpSender {
  /** One code sent. */
  public record Sent(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {}

  private final List<Sent> sent = new ArrayList<>();

  @Override
  public synchronized void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {
    sent.add(new Sent(to, purpose, code, validFor));
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** The digits of the last code sent to {@code email} for {@code purpose}. */
  public synchronized Optional<String> lastCode(String email, OtpPurpose purpose) {
    Email to = new Email(email);
    for (int i = sent.size() - 1; i >= 0; i--) {
      Sent s = sent.get(i);
      if (s.to().equals(to) && s.purpose() == purpose) {
        return Optional.of(s.code().digits());
      }
    }
    return Optional.empty();
  }

  /** How many codes went to {@code email} for {@code purpose}. */
  public synchronized long count(String email, OtpPurpose purpose) {
    Email to = new Email(email);
    return sent.stream().filter(s -> s.to().equals(to) && s.purpose() == purpose).count();
  }
}
