-- JdbiExpenses.summarize without a date range: the grouping-sets statement and the several-payers
-- statement, in one transaction with the same local settings.
begin;
set local work_mem = '32MB';
set local max_parallel_workers_per_gather = 0;
with daily as ( select category, paid_by, spent_at, coalesce(original_currency, currency) as spent_in, sum(amount_minor) as total, sum(coalesce(original_amount_minor, amount_minor)) as spent, count(*) as n from expenses where workspace_id = :ws and deleted_at is null group by category, paid_by, spent_at, spent_in), totals as ( select grouping(category) as no_category, grouping(paid_by) as no_member, grouping(month) as no_month, grouping(spent_in) as no_currency, category, paid_by, month, spent_in, sum(total) as total, sum(spent) as spent, sum(n) as n from (select category, paid_by, date_trunc('month', spent_at)::date as month, spent_in, total, spent, n from daily) d group by grouping sets ((), (category), (paid_by), (month), (spent_in))) select t.*, u.full_name from totals t left join users u on u.id = t.paid_by;
select x.user_id, u.full_name, sum(x.paid_minor) as total, count(*) as n from expenses e join expense_shares x on x.workspace_id = e.workspace_id and x.expense_id = e.id join users u on u.id = x.user_id where e.workspace_id = :ws and e.paid_by is null and x.paid_minor > 0 and e.deleted_at is null group by x.user_id, u.full_name;
commit;
