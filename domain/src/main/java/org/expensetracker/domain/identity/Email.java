package org.expensetracker.domain.identity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.expensetracker.domain.shared.InvalidInput;

/**
 * An email address, trimmed and lower-cased so one mailbox has one spelling. Only plain ASCII
 * addresses are accepted: no quoted local parts, no comments, and nothing that could smuggle a line
 * break into a mail header.
 */
public record Email(String value) {
  public static final int MAX_LENGTH = 254;
  private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  private static final Pattern SHAPE =
      Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

  public Email {
    if (value == null) {
      throw new InvalidInput("email", "is required");
    }
    // Bound the work before trimming and matching: a megabyte of text is refused at once.
    if (value.length() > 2 * MAX_LENGTH) {
      throw new InvalidInput("email", "is too long");
    }
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || value.indexOf('@') > 64 || !SHAPE.matcher(value).matches()) {
      throw new InvalidInput("email", "is not a valid email address");
    }
  }

  /** Parses a client value, reporting problems under {@code field}. */
  public static Email of(String raw, String field) {
    try {
      return new Email(raw);
    } catch (InvalidInput e) {
      throw e.errors().get(0).field().equals(field)
          ? e
          : new InvalidInput(field, e.errors().get(0).message());
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
