package org.expensetracker.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.Locale;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * {@code LOG_FORMAT}: {@code text} (the pattern of {@code logback.xml}, for people) or {@code json}
 * (one JSON object per line with the MDC as fields, for log collectors).
 */
enum LogFormat {
  TEXT,
  JSON;

  static final String CONSOLE = "STDOUT";

  static LogFormat parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "", "text" -> TEXT;
      case "json" -> JSON;
      default ->
          throw new StartupFailure("LOG_FORMAT must be text or json (got '" + value.trim() + "')");
    };
  }

  /** Switches the console appender to this format (text is what logback.xml configures). */
  void apply() {
    if (this == TEXT) {
      return;
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Appender<ILoggingEvent> console =
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
    if (console instanceof OutputStreamAppender<ILoggingEvent> stream) {
      Encoder<ILoggingEvent> json = jsonEncoder(context);
      stream.stop();
      stream.setEncoder(json);
      stream.start();
    }
  }

  static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(context);
    encoder.start();
    return encoder;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
