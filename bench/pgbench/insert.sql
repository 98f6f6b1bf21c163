-- JdbiExpenses.add: the expense row (ExpenseRows.COLUMNS + ConversionColumns) and its share rows
-- (ExpenseRows.insertSharesFrom) in one statement, checked by V40's deferred triggers at commit. The
-- id comes from the database here (one extra statement); the server generates it in Java.
begin;
select gen_random_uuid() as eid \gset
with e as (insert into expenses (workspace_id, id, amount_minor, currency, description, category, spent_at, paid_by, notes, split_mode, created_by, created_at, updated_at, version, deleted_at, original_amount_minor, original_currency, exchange_rate, rate_source, rate_date) values (:ws, :eid, 1260, 'USD', 'Bench write', 'Food', '2026-11-05', :payer, null, 'equal', :payer, now(), now(), 1, null, null, null, null, null, null) returning workspace_id, id) insert into expense_shares (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value) select e.workspace_id, e.id, u, p, o, s, v from unnest(:users::uuid[], :paid::bigint[], :owed::bigint[], :in_split::boolean[], :share_values::numeric[]) as t(u, p, o, s, v), e;
commit;
