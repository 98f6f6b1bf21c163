-- Expenses and settlements in any currency (issue 11). The amount stays in the workspace currency
-- (balances, splits and summaries work on it unchanged); the money as spent and the rate that
-- converted it are kept beside it, so an expense's history never changes when rates move.
--
-- Money stays exact: original amounts are integer minor units of their own currency (bigint, like
-- amount_minor), rates are numeric (decimal, never real/double), kept with the scale they were
-- given (at most 12 decimals). The conversion itself (original × rate, rounded half-even once to
-- the workspace currency's scale) is the domain's; it re-checks it when a row is read.

ALTER TABLE expenses
    ADD COLUMN original_amount_minor bigint,
    ADD COLUMN original_currency     char(3),
    ADD COLUMN exchange_rate         numeric,
    ADD COLUMN rate_source           text,
    ADD COLUMN rate_date             date,
    ADD CONSTRAINT expenses_conversion_complete CHECK (
        num_nulls(original_amount_minor, original_currency, exchange_rate, rate_source, rate_date)
            IN (0, 5)),
    ADD CONSTRAINT expenses_original_amount CHECK (
        original_amount_minor > 0 AND original_amount_minor <= 10000000000000000),
    ADD CONSTRAINT expenses_original_currency CHECK (
        original_currency ~ '^[A-Z]{3}$' AND original_currency <> currency),
    ADD CONSTRAINT expenses_exchange_rate CHECK (
        exchange_rate > 0 AND exchange_rate <= 1000000000 AND scale(exchange_rate) <= 12),
    ADD CONSTRAINT expenses_rate_source CHECK (rate_source IN ('client', 'workspace', 'reference')),
    ADD CONSTRAINT expenses_rate_date_range CHECK (rate_date BETWEEN DATE '1900-01-01' AND DATE '9999-12-31');

ALTER TABLE settlements
    ADD COLUMN original_amount_minor bigint,
    ADD COLUMN original_currency     char(3),
    ADD COLUMN exchange_rate         numeric,
    ADD COLUMN rate_source           text,
    ADD COLUMN rate_date             date,
    ADD CONSTRAINT settlements_conversion_complete CHECK (
        num_nulls(original_amount_minor, original_currency, exchange_rate, rate_source, rate_date)
            IN (0, 5)),
    ADD CONSTRAINT settlements_original_amount CHECK (
        original_amount_minor > 0 AND original_amount_minor <= 10000000000000000),
    ADD CONSTRAINT settlements_original_currency CHECK (
        original_currency ~ '^[A-Z]{3}$' AND original_currency <> currency),
    ADD CONSTRAINT settlements_exchange_rate CHECK (
        exchange_rate > 0 AND exchange_rate <= 1000000000 AND scale(exchange_rate) <= 12),
    ADD CONSTRAINT settlements_rate_source CHECK (rate_source IN ('client', 'workspace', 'reference')),
    ADD CONSTRAINT settlements_rate_date_range CHECK (rate_date BETWEEN DATE '1900-01-01' AND DATE '9999-12-31');

-- The workspace's own rates, which its admins maintain: one unit of currency buys rate units of
-- to_currency (the workspace currency when it was set) from valid_from until the next row of the
-- same pair. The lookup "latest valid_from on or before the day" is one backward index probe.
CREATE TABLE workspace_exchange_rates (
    workspace_id uuid        NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    currency     char(3)     NOT NULL,
    to_currency  char(3)     NOT NULL,
    valid_from   date        NOT NULL,
    rate         numeric     NOT NULL,
    set_by       uuid        NOT NULL REFERENCES users (id),
    set_at       timestamptz NOT NULL,
    PRIMARY KEY (workspace_id, currency, to_currency, valid_from),
    CONSTRAINT workspace_exchange_rates_codes CHECK (
        currency ~ '^[A-Z]{3}$' AND to_currency ~ '^[A-Z]{3}$' AND currency <> to_currency),
    CONSTRAINT workspace_exchange_rates_rate CHECK (
        rate > 0 AND rate <= 1000000000 AND scale(rate) <= 12),
    CONSTRAINT workspace_exchange_rates_valid_from_range
        CHECK (valid_from BETWEEN DATE '1900-01-01' AND DATE '9999-12-31')
);

-- Reference rates fetched from the provider (EXCHANGE_RATES_URL), shared by all workspaces: what
-- it answered when asked about requested_day (its rate_date is that day or the last working day
-- before it). Published reference rates do not change, so entries never expire.
CREATE TABLE reference_exchange_rates (
    currency      char(3)     NOT NULL,
    to_currency   char(3)     NOT NULL,
    requested_day date        NOT NULL,
    rate          numeric     NOT NULL,
    rate_date     date        NOT NULL,
    fetched_at    timestamptz NOT NULL,
    PRIMARY KEY (currency, to_currency, requested_day),
    CONSTRAINT reference_exchange_rates_codes CHECK (
        currency ~ '^[A-Z]{3}$' AND to_currency ~ '^[A-Z]{3}$' AND currency <> to_currency),
    CONSTRAINT reference_exchange_rates_rate CHECK (
        rate > 0 AND rate <= 1000000000 AND scale(rate) <= 12),
    CONSTRAINT reference_exchange_rates_dates CHECK (rate_date <= requested_day)
);
