package org.expensetracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * {@link ExchangeRates} on {@code workspace_exchange_rates} (scoped by {@code workspace_id}) and
 * {@code reference_exchange_rates} (global: published reference rates are the same for everyone).
 */
final class JdbiExchangeRates implements ExchangeRates {
  private final JdbiTransactions db;

  JdbiExchangeRates(JdbiTransactions db) {
    this.db = db;
  }

  @Override
  public void put(WorkspaceId workspace, ExchangeRate rate, UserId setBy, Instant at) {
    db.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into workspace_exchange_rates
                      (workspace_id, currency, to_currency, valid_from, rate, set_by, set_at)
                    values (:workspace_id, :currency, :to_currency, :valid_from, :rate, :set_by,
                            :set_at)
                    on conflict (workspace_id, currency, to_currency, valid_from)
                    do update set rate = excluded.rate, set_by = excluded.set_by,
                                  set_at = excluded.set_at
                    """)
                .bind("workspace_id", workspace.value())
                .bind("currency", rate.from().getCurrencyCode())
                .bind("to_currency", rate.to().getCurrencyCode())
                .bind("valid_from", rate.date())
                .bind("rate", rate.rate())
                .bind("set_by", setBy.value())
                .bind("set_at", ExpenseRows.utc(at))
                .execute());
  }

  @Override
  public List<ExchangeRate> list(WorkspaceId workspace, Currency to) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select currency, to_currency, rate, valid_from as day
                      from workspace_exchange_rates
                     where workspace_id = :workspace_id and to_currency = :to_currency
                     order by currency, valid_from desc
                    """)
                .bind("workspace_id", workspace.value())
                .bind("to_currency", to.getCurrencyCode())
                .map((rs, ctx) -> rate(rs, RateSource.WORKSPACE))
                .list());
  }

  /** The latest valid_from on or before the day: one backward probe of the primary key. */
  @Override
  public Optional<ExchangeRate> onOrBefore(
      WorkspaceId workspace, Currency from, Currency to, LocalDate day) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select currency, to_currency, rate, valid_from as day
                      from workspace_exchange_rates
                     where workspace_id = :workspace_id and currency = :currency
                       and to_currency = :to_currency and valid_from <= :day
                     order by valid_from desc
                     limit 1
                    """)
                .bind("workspace_id", workspace.value())
                .bind("currency", from.getCurrencyCode())
                .bind("to_currency", to.getCurrencyCode())
                .bind("day", day)
                .map((rs, ctx) -> rate(rs, RateSource.WORKSPACE))
                .findOne());
  }

  @Override
  public Optional<ExchangeRate> cachedReference(Currency from, Currency to, LocalDate day) {
    return db.withHandle(
        h ->
            h.createQuery(
                    """
                    select currency, to_currency, rate, rate_date as day
                      from reference_exchange_rates
                     where currency = :currency and to_currency = :to_currency
                       and requested_day = :day
                    """)
                .bind("currency", from.getCurrencyCode())
                .bind("to_currency", to.getCurrencyCode())
                .bind("day", day)
                .map((rs, ctx) -> rate(rs, RateSource.REFERENCE))
                .findOne());
  }

  /** Two requests racing for the same day both fetched the same published rate: first one wins. */
  @Override
  public void cacheReference(LocalDate day, ExchangeRate rate) {
    db.withHandle(
        h ->
            h.createUpdate(
                    """
                    insert into reference_exchange_rates
                      (currency, to_currency, requested_day, rate, rate_date, fetched_at)
                    values (:currency, :to_currency, :day, :rate, :rate_date, now())
                    on conflict do nothing
                    """)
                .bind("currency", rate.from().getCurrencyCode())
                .bind("to_currency", rate.to().getCurrencyCode())
                .bind("day", day)
                .bind("rate", rate.rate())
                .bind("rate_date", rate.date())
                .execute());
  }

  private static ExchangeRate rate(ResultSet rs, RateSource source) throws SQLException {
    return new ExchangeRate(
        Currency.getInstance(rs.getString("currency")),
        Currency.getInstance(rs.getString("to_currency")),
        rs.getBigDecimal("rate"),
        rs.getObject("day", LocalDate.class),
        source);
  }
}
