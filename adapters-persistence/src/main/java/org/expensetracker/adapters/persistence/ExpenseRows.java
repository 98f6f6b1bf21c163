package org.expensetracker.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Maps an {@code expenses} row with its {@code expense_shares} to an {@link Expense} and back.
 * Rebuilding goes through the domain's constructors, so a row that breaks a rule fails loudly
 * instead of leaking out.
 */
final class ExpenseRows {
  static final String COLUMNS =
      "workspace_id, id, amount_minor, currency, description, category, spent_at, paid_by,"
          + " notes, split_mode, created_by, created_at, updated_at, version, deleted_at"
          + ConversionColumns.COLUMNS;

  /**
   * The share rows of each expense in user order, folded into one text column {@code shares}: one
   * index lookup per expense, in the same statement and round trip as the expense (and after LIMIT,
   * so a page reads only its own). Each share is {@code "<user> <paid_minor> <0|1> <value>"} (the
   * value empty when there is none), shares separated by commas. One aggregate is cheaper for
   * PostgreSQL than four arrays, and reading it is much cheaper for the driver than decoding uuid,
   * boolean and numeric arrays (which come back as text), measured on the benchmark's list.
   */
  static final String WITH_SHARES =
      " cross join lateral (select string_agg(x.user_id::text || ' ' || x.paid_minor || ' '"
          + " || x.in_split::int || ' ' || coalesce(x.share_value::text, ''), ','"
          + " order by x.user_id) as shares"
          + " from expense_shares x where x.workspace_id = e.workspace_id"
          + " and x.expense_id = e.id) s";

  static final String SELECT = "select " + COLUMNS + ", shares from expenses e" + WITH_SHARES;

  private ExpenseRows() {}

  static Expense map(ResultSet rs) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    ExpenseDetails details =
        new ExpenseDetails(
            Money.ofMinor(rs.getLong("amount_minor"), currency),
            rs.getString("description"),
            rs.getString("category"),
            rs.getObject("spent_at", LocalDate.class),
            rs.getString("notes"),
            ConversionColumns.read(rs, currency));
    String folded = rs.getString("shares");
    if (folded == null) {
      throw new IllegalStateException("Expense without share rows: " + rs.getObject("id"));
    }
    List<Payer> payers = new ArrayList<>(2);
    List<Share> shares = new ArrayList<>(4);
    for (int start = 0; start < folded.length(); ) {
      int end = folded.indexOf(',', start);
      if (end < 0) {
        end = folded.length();
      }
      ShareRow row = ShareRow.parse(folded, start, end);
      if (row.paidMinor() > 0) {
        payers.add(new Payer(row.user(), Money.ofMinor(row.paidMinor(), currency)));
      }
      if (row.inSplit()) {
        shares.add(new Share(row.user(), row.value()));
      }
      start = end + 1;
    }
    SplitMode mode = SplitMode.parse(rs.getString("split_mode"));
    return new Expense(
        new ExpenseId(rs.getObject("id", UUID.class)),
        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
        details,
        PaidBy.of(payers),
        new Split(mode, shares),
        new UserId(rs.getObject("created_by", UUID.class)),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getLong("version"),
        Optional.ofNullable(rs.getObject("deleted_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant)
            .orElse(null));
  }

  /** One share as folded by {@link #WITH_SHARES}. */
  record ShareRow(UserId user, long paidMinor, boolean inSplit, BigDecimal value) {
    static ShareRow parse(String text, int start, int end) {
      int a = text.indexOf(' ', start);
      int b = text.indexOf(' ', a + 1);
      int c = text.indexOf(' ', b + 1);
      if (a < 0 || b < 0 || c < 0 || c >= end) {
        throw new IllegalStateException("Malformed share row: " + text.substring(start, end));
      }
      return new ShareRow(
          new UserId(UUID.fromString(text.substring(start, a))),
          Long.parseLong(text, a + 1, b, 10),
          text.charAt(b + 1) == '1',
          c + 1 == end ? null : new BigDecimal(text.substring(c + 1, end)));
    }
  }

  /** Binds every column under its own name ({@code :amount_minor}, {@code :paid_by}, …). */
  static void bind(Params p, Expense e) {
    ConversionColumns.bind(p, e.details().conversion());
    p.put("workspace_id", e.workspace().value(), UUID.class);
    p.put("id", e.id().value(), UUID.class);
    p.put("amount_minor", e.amount().minorUnitsExact(), Long.class);
    p.put("currency", e.amount().currency().getCurrencyCode(), String.class);
    p.put("description", e.description(), String.class);
    p.put("category", e.category(), String.class);
    p.put("spent_at", e.spentAt(), LocalDate.class);
    p.put("paid_by", e.soloPayer().map(UserId::value).orElse(null), UUID.class);
    p.put("notes", e.notes(), String.class);
    p.put("split_mode", e.split().mode().wireName(), String.class);
    p.put("created_by", e.createdBy().value(), UUID.class);
    p.put("created_at", utc(e.createdAt()), OffsetDateTime.class);
    p.put("updated_at", utc(e.updatedAt()), OffsetDateTime.class);
    p.put("version", e.version(), Long.class);
    p.put("deleted_at", e.deletedAt() == null ? null : utc(e.deletedAt()), OffsetDateTime.class);
  }

  /**
   * Inserts one share row per person involved (what they paid, owe, and asked for) from the arrays
   * {@link #bindShares} binds; the two arguments say where the expense's {@code workspace_id} and
   * {@code id} come from (bound values, or the row an INSERT ... RETURNING just wrote).
   */
  static String insertSharesFrom(String workspaceId, String expenseId) {
    return "insert into expense_shares"
        + " (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value)"
        + " select "
        + workspaceId
        + ", "
        + expenseId
        + ", u, p, o, s, v"
        + " from unnest(:users::uuid[], :paid::bigint[], :owed::bigint[], :in_split::boolean[],"
        + " :share_values::numeric[]) as t(u, p, o, s, v)";
  }

  /** Binds the arrays of {@link #insertSharesFrom}: one element per person, in user order. */
  static void bindShares(Params p, Expense e) {
    Map<UserId, long[]> money = new TreeMap<>(); // paid, owed, in split (0/1)
    var sharing = e.sharing();
    for (Payer payer : sharing.payers()) {
      money.computeIfAbsent(payer.user(), u -> new long[3])[0] = payer.amount().minorUnitsExact();
    }
    for (Part part : sharing.parts()) {
      long[] line = money.computeIfAbsent(part.user(), u -> new long[3]);
      line[1] = part.amount().minorUnitsExact();
      line[2] = 1;
    }
    Map<UserId, BigDecimal> values = new TreeMap<>();
    for (Share share : e.split().shares()) {
      values.put(share.user(), share.value());
    }
    int n = money.size();
    UUID[] users = new UUID[n];
    Long[] paid = new Long[n];
    Long[] owed = new Long[n];
    Boolean[] inSplit = new Boolean[n];
    String[] shareValues = new String[n];
    int i = 0;
    for (Map.Entry<UserId, long[]> line : money.entrySet()) {
      users[i] = line.getKey().value();
      paid[i] = line.getValue()[0];
      owed[i] = line.getValue()[1];
      inSplit[i] = line.getValue()[2] == 1;
      BigDecimal value = values.get(line.getKey());
      shareValues[i] = value == null ? null : value.toPlainString();
      i++;
    }
    p.put("users", users, UUID[].class);
    p.put("paid", paid, Long[].class);
    p.put("owed", owed, Long[].class);
    p.put("in_split", inSplit, Boolean[].class);
    p.put("share_values", shareValues, String[].class);
  }

  static OffsetDateTime utc(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
