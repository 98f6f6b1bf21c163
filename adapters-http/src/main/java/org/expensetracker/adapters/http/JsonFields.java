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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    ARRAY,
    OBJECT
  }

  /**
   * One value as sent: its kind and, for scalars, its exact text; an array keeps its items, an
   * object its fields (read the same way, so nested values are as strict as top-level ones).
   */
  @JsonDeserialize(using = RawDeserializer.class)
  record Raw(Kind kind, String text, List<Raw> items, JsonFields fields) {
    static final Raw NULL = new Raw(Kind.NULL, null, null, null);

    Raw(Kind kind, String text) {
      this(kind, text, null, null);
    }
  }

  /**
   * Where these fields sit in the request, for error names such as {@code split.shares[0].weight}.
   */
  private transient String path = "";

  /** These fields, reporting errors under {@code path} ({@code payers[1]}). */
  JsonFields at(String path) {
    JsonFields copy = new JsonFields();
    copy.putAll(this);
    copy.path = path;
    return copy;
  }

  private String field(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** An array field; empty when absent or null. */
  Optional<List<Raw>> array(String name, int maxItems, Validation validation) {
    Raw raw = get(name);
    if (raw == null || raw.kind() == Kind.NULL) {
      return Optional.empty();
    }
    if (raw.kind() != Kind.ARRAY) {
      validation.add(field(name), "must be an array");
      return Optional.empty();
    }
    if (raw.items().size() > maxItems) {
      validation.add(field(name), "must have at most " + maxItems + " items");
      return Optional.empty();
    }
    return Optional.of(raw.items());
  }

  /** An object field, its own errors named under it; empty when absent or null. */
  Optional<JsonFields> object(String name, Validation validation) {
    Raw raw = get(name);
    if (raw == null || raw.kind() == Kind.NULL) {
      return Optional.empty();
    }
    return element(raw, field(name), validation);
  }

  /** An array item that must be an object, its errors named under {@code path}. */
  static Optional<JsonFields> element(Raw raw, String path, Validation validation) {
    if (raw.kind() != Kind.OBJECT) {
      validation.add(path, "must be an object");
      return Optional.empty();
    }
    return Optional.of(raw.fields().at(path));
  }

  /** Reports fields outside {@code writable}: read-only ones by name, the rest as unknown. */
  void rejectOthers(Set<String> writable, Set<String> readOnly, Validation validation) {
    for (String name : keySet()) {
      if (readOnly.contains(name)) {
        validation.add(field(name), "is read-only");
      } else if (!writable.contains(name)) {
        validation.add(field(name), "is not a field of this request");
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
      validation.add(field(name), "must be a string");
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
      validation.add(field(name), "must be a decimal number or a string such as \"12.50\"");
      return Optional.empty();
    }
    return Optional.ofNullable(
        validation.attempt(() -> Money.parseDecimal(raw.text(), field(name))));
  }

  Optional<LocalDate> date(String name, Validation validation) {
    return text(name, validation).map(t -> parseDate(t, field(name), validation));
  }

  Optional<UUID> uuid(String name, Validation validation) {
    return text(name, validation).map(t -> parseUuid(t, field(name), validation));
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
      out.append(canonical(field.getValue())).append('\n');
    }
    return out.toString();
  }

  private static String canonical(Raw raw) {
    return switch (raw.kind()) {
      case ARRAY -> {
        StringBuilder items = new StringBuilder("[").append(raw.items().size()).append(':');
        raw.items()
            .forEach(
                item -> items.append(item.kind()).append(':').append(canonical(item)).append(','));
        yield items.append(']').toString();
      }
      case OBJECT -> "{" + raw.fields().canonical() + "}";
      default -> raw.text() == null ? "-" : raw.text().length() + ":" + raw.text();
    };
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
        case START_ARRAY -> {
          List<Raw> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(deserialize(p, ctxt));
          }
          yield new Raw(Kind.ARRAY, null, List.copyOf(items), null);
        }
        case START_OBJECT -> new Raw(Kind.OBJECT, null, null, ctxt.readValue(p, JsonFields.class));
        default -> throw InvalidFormatException.from(p, "Unexpected token", null, Raw.class);
      };
    }

    @Override
    public Raw getNullValue(DeserializationContext ctxt) {
      return Raw.NULL;
    }
  }
}
