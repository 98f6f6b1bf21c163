-- Seeds :n expenses into workspace :ws, deterministically (ids are md5(workspace || i)), each paid by
-- one member and split equally among three of the four members in :members, so that every
-- expense's share rows add up (paid = owed = amount, paid_by the only payer) as the V40 trigger
-- demands. Expenses and shares go in one transaction. Run by bench/run.sh with psql -v.
\set ON_ERROR_STOP on
begin;
-- As superuser, skip the per-row deferred check triggers (millions of PL/pgSQL calls) and the
-- foreign-key triggers; the same conditions are checked set-wise below before commit. Without
-- superuser (DATABASE_URL as an ordinary role) the triggers run: correct, only slower.
select rolsuper as superuser from pg_roles where rolname = current_user \gset
\if :superuser
set local session_replication_role = replica;
\endif
insert into expenses (workspace_id, id, amount_minor, currency, description, category, spent_at,
                      paid_by, notes, split_mode, created_by, created_at, updated_at, version)
select :'ws'::uuid, md5(:'ws' || i)::uuid, (i % 997 + 1) * 3, 'USD', 'Item ' || i,
       (array['Food','Travel','Rent','Fun','Taxi','Groceries','Health','Other'])[i % 8 + 1],
       date '2023-01-01' + (i % 1000), m[i % 4 + 1],
       case when i % 10 = 0 then 'note ' || i end, 'equal', m[i % 4 + 1],
       timestamptz '2023-01-01 00:00:00Z' + i * interval '1 second',
       timestamptz '2023-01-01 00:00:00Z' + i * interval '1 second', 1
  from generate_series(1, :n) i, (select :'members'::uuid[] as m) mm;
insert into expense_shares (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value)
select :'ws'::uuid, md5(:'ws' || i)::uuid, m[(i + k) % 4 + 1],
       case when k = 0 then (i % 997 + 1) * 3 else 0 end, i % 997 + 1, true, null
  from generate_series(1, :n) i, generate_series(0, 2) k, (select :'members'::uuid[] as m) mm;
-- What the V40 trigger checks, for the whole workspace at once (statistics first, so the planner
-- picks hash joins over a million rows): the number of expenses that do not add up must be zero.
analyze expenses;
analyze expense_shares;
set local work_mem = '256MB';
select count(*) > 0 as broken
  from expenses e
  left join (select expense_id, sum(paid_minor) as paid, sum(owed_minor) as owed,
                    count(*) filter (where in_split) as participants,
                    count(*) filter (where paid_minor > 0) as payers,
                    min(user_id::text) filter (where paid_minor > 0) as payer
               from expense_shares where workspace_id = :'ws'::uuid group by expense_id) s
         on s.expense_id = e.id
 where e.workspace_id = :'ws'::uuid
   and (s.expense_id is null or s.paid <> e.amount_minor or s.owed <> e.amount_minor
        or s.participants = 0 or s.payers <> 1 or s.payer <> e.paid_by::text) \gset
\if :broken
\echo 'seed: share rows do not add up'
rollback;
\quit 3
\endif
commit;
