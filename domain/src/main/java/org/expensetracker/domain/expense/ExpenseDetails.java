package org.expensetracker.domain.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;

/**
 * The part of an expense its author writes: amount, description, category, day and notes (who paid
 * and who shares it are {@link PaidBy} and {@link Split}). Every instance is valid and normalised
 * (texts trimmed, amount at the currency's scale), so the database constraints that mirror these
 * rules can never fire for a value that got this far.
 */
public record ExpenseDetails(
    Money amount,
    String description,
    String category,
    LocalDate spentAt,
    String notes,
    Conversion conversion) {

  /** Largest amount of one expense, in the currency's major unit. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_CATEGORY = 64;
  public static final int MAX_NOTES = 2000;
  public static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

  /**
   * The day rule as a client reads it. Messages are built once, not per check: the checks also run
   * for every expense restored from storage, 51 per page of a list.
   */
  public static final String DAY_RANGE = "must be between " + EARLIEST_DAY + " and " + LATEST_DAY;

  private static final String AMOUNT_LIMIT = "must be at most " + MAX_AMOUNT.toPlainString();

  public ExpenseDetails {
    Objects.requireNonNull(amount, "amount");
    Validation validation = new Validation();
    checkAmount(validation, amount);
    checkText(validation, "description", description, MAX_DESCRIPTION);
    checkText(validation, "category", category, MAX_CATEGORY);
    checkDay(validation, spentAt);
    checkNotes(validation, notes);
    validation.throwIfInvalid();
    if (conversion != null && !conversion.converted().equals(amount)) {
      throw new IllegalArgumentException(
          "The amount " + amount + " is not the conversion's " + conversion.converted());
    }
  }

  /** Details of an expense in the workspace currency (no conversion). */
  public ExpenseDetails(
      Money amount, String description, String category, LocalDate spentAt, String notes) {
    this(amount, description, category, spentAt, notes, null);
  }

  /**
   * Builds details from what a client sent: trims the texts and checks every rule, reporting every
   * broken one at once. The amount must be exact at the currency's scale; it is never rounded.
   */
  public static ExpenseDetails of(
      BigDecimal amount,
      Currency currency,
      String description,
      String category,
      LocalDate spentAt,
      String notes) {
    return of(amount, currency, null, description, category, spentAt, notes);
  }

  /**
   * As above for an amount spent in another currency: the amount is then the conversion's (one
   * half-even rounding); a client {@code amount}, when given too, must be exactly that.
   */
  public static ExpenseDetails of(
      BigDecimal amount,
      Currency currency,
      Conversion conversion,
      String description,
      String category,
      LocalDate spentAt,
      String notes) {
    Validation validation = new Validation();
    Money money = validation.attempt(() -> amountOf(amount, currency, conversion));
    String cleanDescription = trimmed(description);
    String cleanCategory = trimmed(category);
    checkText(validation, "description", cleanDescription, MAX_DESCRIPTION);
    checkText(validation, "category", cleanCategory, MAX_CATEGORY);
    checkDay(validation, spentAt);
    String cleanNotes = notes == null || notes.isBlank() ? null : notes.strip();
    checkNotes(validation, cleanNotes);
    validation.throwIfInvalid();
    return new ExpenseDetails(
        money, cleanDescription, cleanCategory, spentAt, cleanNotes, conversion);
  }

  /**
   * The amount in the workspace currency: the client's {@code amount} without a conversion; with
   * one, the converted amount, checked like a typed one and against the client's amount if any.
   */
  public static Money amountOf(BigDecimal amount, Currency currency, Conversion conversion) {
    if (conversion == null) {
      return amountOf(amount, currency);
    }
    if (!conversion.rate().to().equals(currency)) {
      throw new IllegalArgumentException("A conversion into another currency than the workspace's");
    }
    Money converted = conversion.converted();
    if (!converted.isPositive()) {
      throw new InvalidInput(
          "original_amount",
          "converts to "
              + converted
              + " "
              + currency.getCurrencyCode()
              + " at rate "
              + conversion.rate().rateText()
              + "; an expense must be greater than zero");
    }
    if (converted.amount().compareTo(MAX_AMOUNT) > 0) {
      throw new InvalidInput(
          "original_amount",
          "converts to more than " + MAX_AMOUNT.toPlainString() + " " + currency.getCurrencyCode());
    }
    if (amount != null) {
      conversion.requireMatches(amountOf(amount, currency), "amount");
    }
    return converted;
  }

  /** These details with the patch's fields replaced; the result is checked like a new expense. */
  public ExpenseDetails with(ExpensePatch patch) {
    Conversion next = patch.conversion().orElse(conversion);
    return of(
        // With a conversion the amount follows from it; a client amount must then match.
        patch.amount().orElse(next == null ? amount.amount() : null),
        amount.currency(),
        next,
        patch.description().orElse(description),
        patch.category().orElse(category),
        patch.spentAt().orElse(spentAt),
        patch.clearNotes() ? null : patch.notes().orElse(notes));
  }

  /**
   * An expense amount: positive, at most {@link #MAX_AMOUNT}, and exact at the currency's scale
   * ({@code 12.345} USD is refused, {@code 12.5} becomes {@code 12.50}).
   */
  public static Money amountOf(BigDecimal value, Currency currency) {
    return amountOf(value, currency, "amount");
  }

  /** As {@link #amountOf(BigDecimal, Currency)}, errors naming {@code field}. */
  public static Money amountOf(BigDecimal value, Currency currency, String field) {
    if (value == null) {
      throw new InvalidInput(field, "is required");
    }
    int scale = Money.scaleOf(currency);
    if (value.signum() <= 0) {
      throw new InvalidInput(field, "must be greater than zero");
    }
    if (value.compareTo(MAX_AMOUNT) > 0) {
      throw new InvalidInput(field, "must be at most " + MAX_AMOUNT.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > scale) {
      throw new InvalidInput(
          field, "has more than " + scale + " decimal places for " + currency.getCurrencyCode());
    }
    return new Money(value, currency);
  }

  private static void checkAmount(Validation validation, Money amount) {
    validation.check(amount.isPositive(), "amount", "must be greater than zero");
    validation.check(amount.amount().compareTo(MAX_AMOUNT) <= 0, "amount", AMOUNT_LIMIT);
  }

  private static void checkText(Validation validation, String field, String value, int max) {
    if (value == null) {
      validation.add(field, "is required");
    } else if (value.isEmpty()) {
      validation.add(field, "must not be blank");
    } else if (!value.equals(value.strip())) {
      validation.add(field, "must not start or end with spaces");
    } else if (length(value) > max) {
      validation.add(field, "must have between 1 and " + max + " characters");
    }
  }

  /** Notes are absent or 1 to {@link #MAX_NOTES} characters; blank notes are stored as none. */
  private static void checkNotes(Validation validation, String notes) {
    if (notes != null) {
      validation.check(
          !notes.isBlank() && length(notes) <= MAX_NOTES,
          "notes",
          "must have at most " + MAX_NOTES + " characters");
    }
  }

  private static void checkDay(Validation validation, LocalDate day) {
    if (day == null) {
      validation.add("spent_at", "is required");
    } else {
      validation.check(
          !day.isBefore(EARLIEST_DAY) && !day.isAfter(LATEST_DAY), "spent_at", DAY_RANGE);
    }
  }

  private static String trimmed(String value) {
    return value == null ? null : value.strip();
  }

  /** Length in characters as a person (and PostgreSQL's char_length) counts them: code points. */
  static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
