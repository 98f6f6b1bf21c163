package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;

/**
 * A JSON object read as raw scalar tokens, so a request can be checked field by field and every bad
 * field reported at once, absent and {@code null} told apart (merge-patch), and a number's exact
 * text kept ({@code 12.345} stays {@code 12.345}, {@code 1e3} stays an exponent form to refuse).
 */
final class JsonFields extends LinkedHashMap<String, JsonFields.Raw> {
  private static final long serialVersionUID = 1L;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /** The kind of one JSON value. */
  enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,
    STRUCTURE
  }

  /** One value as sent: its kind and, for scalars, its exact text. */
  @JsonDeserialize(using = RawDeserializer.class)
  record Raw(Kind kind, String text) {
    static final Raw NULL = new Raw(Kind.NULL, null);
  }

  /** Reports fields outside {@code writable}: read-only ones by name, the rest as unknown. */
  void rejectOthers(Set<String> writable, Set<String> readOnly, Validation validation) {
    for (String name : keySet()) {
      if (readOnly.contains(name)) {
        validation.add(name, "is read-only");
      } else if (!writable.contains(name)) {
        validation.add(name, "is not a field of this request");
      }
    }
  }

  boolean isNull(String name) {
    Raw raw = get(name);
    return raw != null && raw.kind() == Kind.NULL;
  }

  /** A text field; empty when absent or null. */
  Optional<String> text(String name, Validation validation) {
    Raw raw = get(name);
    if (raw == null || raw.kind() == Kind.NULL) {
      return Optional.empty();
    }
    if (raw.kind() != Kind.STRING) {
      validation.add(name, "must be a string");
      return Optional.empty();
    }
    return Optional.of(raw.text());
  }

  /** An amount, as a JSON string or number in plain decimal form (never an exponent). */
  Optional<BigDecimal> decimal(String name, Validation validation) {
    Raw raw = get(name);
    if (raw == null || raw.kind() == Kind.NULL) {
      return Optional.empty();
    }
    if (raw.kind() != Kind.STRING && raw.kind() != Kind.NUMBER) {
      validation.add(name, "must be a decimal number or a string such as \"12.50\"");
      return Optional.empty();
    }
    return Optional.ofNullable(validation.attempt(() -> Money.parseDecimal(raw.text(), name)));
  }

  Optional<LocalDate> date(String name, Validation validation) {
    return text(name, validation).map(t -> parseDate(t, name, validation));
  }

  Optional<UUID> uuid(String name, Validation validation) {
    return text(name, validation).map(t -> parseUuid(t, name, validation));
  }

  /** A calendar date as {@code YYYY-MM-DD}; impossible dates (Feb 30) are refused. */
  static LocalDate parseDate(String text, String name, Validation validation) {
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    validation.add(name, "must be a date such as 2026-11-05");
    return null;
  }

  static UUID parseUuid(String text, String name, Validation validation) {
    if (UUID_TEXT.matcher(text).matches()) {
      return UUID.fromString(text);
    }
    validation.add(name, "must be a UUID");
    return null;
  }

  /**
   * The fields in a canonical form (sorted by name, kind and exact text), so two bodies that differ
   * only in spacing or key order count as the same request for an Idempotency-Key.
   */
  String canonical() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Raw> field : new TreeMap<>(this).entrySet()) {
      out.append(field.getKey().length())
          .append(':')
          .append(field.getKey())
          .append('=')
          .append(field.getValue().kind())
          .append(':');
      String text = field.getValue().text();
      out.append(text == null ? "-" : text.length() + ":" + text).append('\n');
    }
    return out.toString();
  }

  /** Reads any JSON value as a {@link Raw}, keeping a number's exact text. */
  static final class RawDeserializer extends JsonDeserializer<Raw> {
    @Override
    public Raw deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      return switch (token) {
        case VALUE_STRING -> {
          String text = p.getText();
          if (text.indexOf('\u0000') >= 0) {
            throw InvalidFormatException.from(p, "NUL character in string", text, String.class);
          }
          yield new Raw(Kind.STRING, text);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Raw(Kind.NUMBER, p.getText());
        case VALUE_TRUE, VALUE_FALSE -> new Raw(Kind.BOOLEAN, p.getText());
        case VALUE_NULL -> Raw.NULL;
        case START_OBJECT, START_ARRAY -> {
          p.skipChildren();
          yield new Raw(Kind.STRUCTURE, null);
        }
        default -> throw InvalidFormatException.from(p, "Unexpected token", null, Raw.class);
      };
    }

    @Override
    public Raw getNullValue(DeserializationContext ctxt) {
      return Raw.NULL;
    }
  }
}
