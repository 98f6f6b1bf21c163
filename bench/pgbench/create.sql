-- The whole transaction the create use case runs, statement for statement (the bearer check's user
-- lookup before it is left out, as the list ceiling leaves it out): the roster lock with the
-- workspace currency and the roster read, which names the author too (JdbiMemberships.lockRoster),
-- the expense row and its share rows
-- (JdbiExpenses.add) and the audit entry (JdbiAuditTrail.record), checked by V40's deferred
-- triggers at commit. The id comes from the database here (one extra statement, before the
-- transaction: \gset cannot stand in a pipeline). Round trips as the adapter makes them: the lock
-- and the roster in one (pgjdbc sends BEGIN with the first statement), then the expense, the
-- audit entry and the COMMIT in one (JdbiTransactions.write).
select gen_random_uuid() as eid \gset
\startpipeline
begin;
select currency from workspaces where id = :ws for share;
select user_id, role from workspace_members where workspace_id = :ws;
\endpipeline
\startpipeline
with e as (insert into expenses (workspace_id, id, amount_minor, currency, description, category, spent_at, paid_by, notes, split_mode, created_by, created_at, updated_at, version, deleted_at, original_amount_minor, original_currency, exchange_rate, rate_source, rate_date) values (:ws, :eid, 1260, 'USD', 'Bench write', 'Food', '2026-11-05', :payer, null, 'equal', :payer, now(), now(), 1, null, null, null, null, null, null) returning workspace_id, id) insert into expense_shares (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value) select e.workspace_id, e.id, u, p, o, s, v from unnest(:users::uuid[], :paid::bigint[], :owed::bigint[], :in_split::boolean[], :share_values::numeric[]) as t(u, p, o, s, v), e;
insert into audit_entries (workspace_id, id, actor_id, action, entity, entity_id, at, change_fields, change_from, change_to) values (:ws, gen_random_uuid(), :payer, 'created', 'expense', :eid, now(), '{amount,currency,description,category,spent_at,payers,split,parts}', '{NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}', array['12.60', 'USD', 'Bench write', 'Food', '2026-11-05', :payer::text || ' 12.60', 'equal: ' || :payer::text, :payer::text || ' 3.15']);
commit;
\endpipeline
