package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.expensetracker.adapters.http.ExpenseJson.ExpenseResponse;
import org.expensetracker.adapters.http.ExpenseJson.MoneyLine;
import org.expensetracker.adapters.http.ExpenseJson.ShareLine;

/**
 * Writes an {@link ExpenseResponse} field by field, in the record's order and with the names and
 * null handling Jackson's own record serializer gives it ({@code ExpenseResponseWriterTest} holds
 * the two to the same bytes). A list page writes 50 of them; through Jackson's bean serializer each
 * field went through reflection (the records are not public) and interface dispatch, about half of
 * the page's JSON time.
 */
final class ExpenseResponseWriter extends StdSerializer<ExpenseResponse> {
  private static final long serialVersionUID = 1L;

  private static final SerializedString ID = name("id");
  private static final SerializedString WORKSPACE_ID = name("workspace_id");
  private static final SerializedString AMOUNT = name("amount");
  private static final SerializedString CURRENCY = name("currency");
  private static final SerializedString DESCRIPTION = name("description");
  private static final SerializedString CATEGORY = name("category");
  private static final SerializedString SPENT_AT = name("spent_at");
  private static final SerializedString PAID_BY = name("paid_by");
  private static final SerializedString PAYERS = name("payers");
  private static final SerializedString SPLIT = name("split");
  private static final SerializedString MODE = name("mode");
  private static final SerializedString SHARES = name("shares");
  private static final SerializedString PARTS = name("parts");
  private static final SerializedString NOTES = name("notes");
  private static final SerializedString CREATED_BY = name("created_by");
  private static final SerializedString CREATED_AT = name("created_at");
  private static final SerializedString UPDATED_AT = name("updated_at");
  private static final SerializedString VERSION = name("version");
  private static final SerializedString ORIGINAL_AMOUNT = name("original_amount");
  private static final SerializedString ORIGINAL_CURRENCY = name("original_currency");
  private static final SerializedString EXCHANGE_RATE = name("exchange_rate");
  private static final SerializedString RATE_SOURCE = name("rate_source");
  private static final SerializedString RATE_DATE = name("rate_date");
  private static final SerializedString USER_ID = name("user_id");
  private static final SerializedString PERCENT = name("percent");
  private static final SerializedString WEIGHT = name("weight");

  ExpenseResponseWriter() {
    super(ExpenseResponse.class);
  }

  private static SerializedString name(String name) {
    return new SerializedString(name);
  }

  @Override
  public void serialize(ExpenseResponse e, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(e);
    id(gen, ID, e.id());
    id(gen, WORKSPACE_ID, e.workspaceId());
    text(gen, AMOUNT, e.amount());
    text(gen, CURRENCY, e.currency());
    text(gen, DESCRIPTION, e.description());
    text(gen, CATEGORY, e.category());
    date(gen, SPENT_AT, e.spentAt());
    id(gen, PAID_BY, e.paidBy());
    moneyLines(gen, PAYERS, e.payers());
    gen.writeFieldName(SPLIT);
    if (e.split() == null) {
      gen.writeNull();
    } else {
      gen.writeStartObject();
      text(gen, MODE, e.split().mode());
      gen.writeFieldName(SHARES);
      gen.writeStartArray();
      for (ShareLine share : e.split().shares()) {
        shareLine(gen, share);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    moneyLines(gen, PARTS, e.parts());
    text(gen, NOTES, e.notes());
    id(gen, CREATED_BY, e.createdBy());
    instant(gen, CREATED_AT, e.createdAt());
    instant(gen, UPDATED_AT, e.updatedAt());
    gen.writeFieldName(VERSION);
    gen.writeNumber(e.version());
    text(gen, ORIGINAL_AMOUNT, e.originalAmount());
    text(gen, ORIGINAL_CURRENCY, e.originalCurrency());
    text(gen, EXCHANGE_RATE, e.exchangeRate());
    text(gen, RATE_SOURCE, e.rateSource());
    date(gen, RATE_DATE, e.rateDate());
    gen.writeEndObject();
  }

  private static void moneyLines(JsonGenerator gen, SerializedString name, List<MoneyLine> lines)
      throws IOException {
    gen.writeFieldName(name);
    if (lines == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartArray();
    for (MoneyLine line : lines) {
      gen.writeStartObject();
      id(gen, USER_ID, line.userId());
      text(gen, AMOUNT, line.amount());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** A share leaves out its null fields, as {@link ShareLine}'s {@code NON_NULL} says. */
  private static void shareLine(JsonGenerator gen, ShareLine share) throws IOException {
    gen.writeStartObject();
    if (share.userId() != null) {
      id(gen, USER_ID, share.userId());
    }
    if (share.amount() != null) {
      text(gen, AMOUNT, share.amount());
    }
    if (share.percent() != null) {
      text(gen, PERCENT, share.percent());
    }
    if (share.weight() != null) {
      gen.writeFieldName(WEIGHT);
      gen.writeNumber(share.weight());
    }
    gen.writeEndObject();
  }

  private static void id(JsonGenerator gen, SerializedString name, UUID value) throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      UuidText.write(value, gen);
    }
  }

  private static void text(JsonGenerator gen, SerializedString name, String value)
      throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeString(value);
    }
  }

  private static void date(JsonGenerator gen, SerializedString name, LocalDate value)
      throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeString(value.toString());
    }
  }

  private static void instant(JsonGenerator gen, SerializedString name, Instant value)
      throws IOException {
    gen.writeFieldName(name);
    if (value == null) {
      gen.writeNull();
    } else {
      gen.writeString(InstantText.format(value));
    }
  }
}
