-- JdbiExpenses.summarize without a date range: the grouping-sets statement and the several-payers
-- statement, in one transaction with the same local settings.
begin;
set local work_mem = '32MB';
set local max_parallel_workers_per_gather = 0;
with daily as ( select category, paid_by, spent_at, sum(amount_minor) as total, count(*) as n from expenses where workspace_id = :ws group by category, paid_by, spent_at), totals as ( select grouping(category) as no_category, grouping(paid_by) as no_member, grouping(month) as no_month, category, paid_by, month, sum(total) as total, sum(n) as n from (select category, paid_by, date_trunc('month', spent_at)::date as month, total, n from daily) d group by grouping sets ((), (category), (paid_by), (month))) select t.*, u.full_name from totals t left join users u on u.id = t.paid_by;
select x.user_id, u.full_name, sum(x.paid_minor) as total, count(*) as n from expenses e join expense_shares x on x.workspace_id = e.workspace_id and x.expense_id = e.id join users u on u.id = x.user_id where e.workspace_id = :ws and e.paid_by is null and x.paid_minor > 0 group by x.user_id, u.full_name;
commit;
