package org.expensetracker.domain.shared;

/** The rule every short, human-readable name follows: trimmed, 1 to n characters, no controls. */
public final class DisplayText {
  private DisplayText() {}

  /**
   * Returns {@code raw} stripped of surrounding white space, or throws {@link InvalidInput} naming
   * {@code field}. Length counts code points, as PostgreSQL's {@code char_length} does.
   */
  public static String clean(String raw, String field, int maxLength) {
    if (raw == null) {
      throw new InvalidInput(field, "is required");
    }
    String tooLong = "must be at most " + maxLength + " characters";
    // Bound the work before stripping: a megabyte of text is refused at once.
    if (raw.length() > 4 * maxLength) {
      throw new InvalidInput(field, tooLong);
    }
    String value = raw.strip();
    int length = value.codePointCount(0, value.length());
    if (length == 0) {
      throw new InvalidInput(field, "must not be blank");
    }
    if (length > maxLength) {
      throw new InvalidInput(field, tooLong);
    }
    if (value.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInput(field, "must not contain control characters");
    }
    return value;
  }
}
