package org.expensetracker.domain.expense;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders a list of expenses can come in: the allow-list of {@code sort} values. Ties are broken
 * by expense id in the same direction, so every order is total and a keyset cursor is exact.
 */
public enum ExpenseSort {
  SPENT_AT("spent_at", Key.SPENT_AT, false),
  SPENT_AT_DESC("-spent_at", Key.SPENT_AT, true),
  AMOUNT("amount", Key.AMOUNT, false),
  AMOUNT_DESC("-amount", Key.AMOUNT, true),
  CREATED_AT("created_at", Key.CREATED_AT, false),
  CREATED_AT_DESC("-created_at", Key.CREATED_AT, true);

  /** The default order: most recent spending first. */
  public static final ExpenseSort DEFAULT = SPENT_AT_DESC;

  /** The column an order sorts by. */
  public enum Key {
    SPENT_AT,
    AMOUNT,
    CREATED_AT
  }

  private final String wireName;
  private final Key key;
  private final boolean descending;

  ExpenseSort(String wireName, Key key, boolean descending) {
    this.wireName = wireName;
    this.key = key;
    this.descending = descending;
  }

  public String wireName() {
    return wireName;
  }

  public Key key() {
    return key;
  }

  public boolean descending() {
    return descending;
  }

  public static Optional<ExpenseSort> fromWireName(String name) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
  }

  /** The allowed values, for error messages: {@code spent_at, -spent_at, …}. */
  public static String allowed() {
    return Arrays.stream(values()).map(ExpenseSort::wireName).collect(Collectors.joining(", "));
  }
}
