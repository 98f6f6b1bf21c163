-- The create with an Idempotency-Key, statement for statement (IdempotentRequests.run, one
-- transaction): the key's claim (JdbiIdempotencyKeys.claim: the insert that wins for a fresh key),
-- the create transaction of create.sql, and the stored response (JdbiIdempotencyKeys.complete: a
-- 201 body of the size the server writes, with its Location and ETag). The sweep of expired keys
-- every 64th request and the bearer check are left out, as in create.sql. Keys are 'bench-...', so
-- bench/sql/reset.sql removes them. The body's colons are written \x3a: pgbench reads :name as a
-- variable. Round trips as the adapter makes them (see create.sql): BEGIN with the claim, the
-- lock with the roster, then the expense, the audit entry, the stored response and the COMMIT.
select 'bench-pg-' || gen_random_uuid() as key \gset
select gen_random_uuid() as eid \gset
\startpipeline
begin;
insert into idempotency_keys (user_id, idempotency_key, request_hash, created_at) values (:payer, :key, sha256(convert_to(:key, 'UTF8')), now()) on conflict do nothing;
\endpipeline
\startpipeline
select currency from workspaces where id = :ws for share;
select user_id, role from workspace_members where workspace_id = :ws;
\endpipeline
\startpipeline
with e as (insert into expenses (workspace_id, id, amount_minor, currency, description, category, spent_at, paid_by, notes, split_mode, created_by, created_at, updated_at, version, deleted_at, original_amount_minor, original_currency, exchange_rate, rate_source, rate_date) values (:ws, :eid, 1260, 'USD', 'Bench write', 'Food', '2026-11-05', :payer, null, 'equal', :payer, now(), now(), 1, null, null, null, null, null, null) returning workspace_id, id) insert into expense_shares (workspace_id, expense_id, user_id, paid_minor, owed_minor, in_split, share_value) select e.workspace_id, e.id, u, p, o, s, v from unnest(:users::uuid[], :paid::bigint[], :owed::bigint[], :in_split::boolean[], :share_values::numeric[]) as t(u, p, o, s, v), e;
insert into audit_entries (workspace_id, id, actor_id, action, entity, entity_id, at, change_fields, change_from, change_to) values (:ws, gen_random_uuid(), :payer, 'created', 'expense', :eid, now(), '{amount,currency,description,category,spent_at,payers,split,parts}', '{NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}', array['12.60', 'USD', 'Bench write', 'Food', '2026-11-05', :payer::text || ' 12.60', 'equal: ' || :payer::text, :payer::text || ' 3.15']);
update idempotency_keys set response_status = 201, response_body = E'{"id"\x3a"34e4b93e-3508-4a98-aaec-a2afb2f88c83","workspace_id"\x3a"d0e7ae84-aa93-45de-b7fc-d5e1aef5edfe","amount"\x3a"12.60","currency"\x3a"USD","description"\x3a"Bench write","category"\x3a"Food","spent_at"\x3a"2026-11-05","paid_by"\x3a"527c6d81-a341-425a-9e34-c12d3ada86d7","payers"\x3a[{"user_id"\x3a"527c6d81-a341-425a-9e34-c12d3ada86d7","amount"\x3a"12.60"}],"split"\x3a{"mode"\x3a"equal","shares"\x3a[{"user_id"\x3a"278a6b66-3392-41c4-be15-77886ce315f9"},{"user_id"\x3a"527c6d81-a341-425a-9e34-c12d3ada86d7"},{"user_id"\x3a"656d6414-bcb0-458c-9f93-caf5b3f772b9"},{"user_id"\x3a"ca7ae5a5-4863-47e3-8942-984da2b29884"}]},"parts"\x3a[{"user_id"\x3a"278a6b66-3392-41c4-be15-77886ce315f9","amount"\x3a"3.15"},{"user_id"\x3a"527c6d81-a341-425a-9e34-c12d3ada86d7","amount"\x3a"3.15"},{"user_id"\x3a"656d6414-bcb0-458c-9f93-caf5b3f772b9","amount"\x3a"3.15"},{"user_id"\x3a"ca7ae5a5-4863-47e3-8942-984da2b29884","amount"\x3a"3.15"}],"notes"\x3anull,"created_by"\x3a"527c6d81-a341-425a-9e34-c12d3ada86d7","created_at"\x3a"2026-12-02T05\x3a22\x3a27.715687Z","updated_at"\x3a"2026-12-02T05\x3a22\x3a27.715687Z","version"\x3a1,"original_amount"\x3anull,"original_currency"\x3anull,"exchange_rate"\x3anull,"rate_source"\x3anull,"rate_date"\x3anull}', response_headers = array['Location', '/api/v1/workspaces/' || :ws || '/expenses/' || :eid, 'ETag', '"1"'] where user_id = :payer and idempotency_key = :key and response_status is null;
commit;
\endpipeline
