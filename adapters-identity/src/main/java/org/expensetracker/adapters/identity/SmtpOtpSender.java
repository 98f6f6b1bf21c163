package org.expensetracker.adapters.identity;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.otp.OtpCode;
import org.expensetracker.domain.otp.OtpPurpose;

/** Delivers codes by email over SMTP (Jakarta Mail, Eclipse Angus). Synchronous. */
public final class SmtpOtpSender implements OtpSender {
  private final Session session;
  private final InternetAddress from;

  public SmtpOtpSender(SmtpSettings settings) {
    this.session = Session.getInstance(properties(settings), authenticator(settings));
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("SMTP_FROM is not a valid address", e);
    }
  }

  private static Properties properties(SmtpSettings settings) {
    String protocol = settings.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    String timeout = String.valueOf(settings.timeout().toMillis());
    Properties props = new Properties();
    props.put("mail.transport.protocol", protocol);
    props.put(prefix + "host", settings.host());
    props.put(prefix + "port", String.valueOf(settings.port()));
    props.put(prefix + "connectiontimeout", timeout);
    props.put(prefix + "timeout", timeout);
    props.put(prefix + "writetimeout", timeout);
    props.put(prefix + "auth", String.valueOf(!settings.username().isEmpty()));
    if (settings.security() == SmtpSettings.Security.STARTTLS) {
      props.put(prefix + "starttls.enable", "true");
      props.put(prefix + "starttls.required", "true");
    }
    if (settings.security() != SmtpSettings.Security.NONE) {
      props.put(prefix + "ssl.checkserveridentity", "true");
    }
    return props;
  }

  private static Authenticator authenticator(SmtpSettings settings) {
    if (settings.username().isEmpty()) {
      return null;
    }
    PasswordAuthentication credentials =
        new PasswordAuthentication(settings.username(), settings.password());
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return credentials;
      }
    };
  }

  @Override
  public void send(Email to, OtpPurpose purpose, OtpCode code, Duration validFor) {
    OtpMessage words = OtpMessage.of(purpose, code, validFor);
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      // Email only admits plain ASCII addresses: nothing here can inject a header.
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value(), true));
      message.setSubject(words.subject(), StandardCharsets.UTF_8.name());
      message.setText(words.text(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new OtpDeliveryFailed("Could not send the code by email", e);
    }
  }
}
