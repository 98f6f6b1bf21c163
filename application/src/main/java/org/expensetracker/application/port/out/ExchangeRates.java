package org.expensetracker.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the exchange rates the server keeps. Each workspace's own table (its admins
 * maintain it; a rate holds from its day until the next one of the same currency), and a cache of
 * the daily reference rates fetched from a {@link ReferenceRates} provider, shared by every
 * workspace.
 */
public interface ExchangeRates {

  /**
   * Sets the workspace's rate from {@code rate.from()} to {@code rate.to()} for the days from
   * {@code rate.date()} on, replacing one set for that same day.
   */
  void put(WorkspaceId workspace, ExchangeRate rate, UserId setBy, Instant at);

  /** The workspace's rates into {@code to}, by currency, then newest day first. */
  List<ExchangeRate> list(WorkspaceId workspace, Currency to);

  /** The workspace's rate with the latest day on or before {@code day}, if any. */
  Optional<ExchangeRate> onOrBefore(
      WorkspaceId workspace, Currency from, Currency to, LocalDate day);

  /** The reference rate cached for a request about {@code day}, if one was fetched. */
  Optional<ExchangeRate> cachedReference(Currency from, Currency to, LocalDate day);

  /** Keeps the reference rate the provider answered for {@code day} (its own date may be older). */
  void cacheReference(LocalDate day, ExchangeRate rate);
}
