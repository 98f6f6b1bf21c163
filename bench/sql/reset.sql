-- Removes what the write phases added (expenses created by the benchmark and their idempotency
-- keys), so every run reads the same data. PATCH only rewrites the notes of seeded rows.
\set ON_ERROR_STOP on
begin;
delete from expenses where workspace_id = :'ws'::uuid and description = 'Bench write';
delete from idempotency_keys where idempotency_key like 'bench-%';
commit;
