# Turns the JSON lines of bench/run.sh (one per wrk or pgbench run) into bench/results/latest.json:
# per scenario the median of each figure over the runs, ratios to the ceilings and the targets.
def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor]
  else (.[length / 2 - 1] + .[length / 2]) / 2 end;
def r2: . * 100 | round / 100;
def r1: if . == null then null else . * 10 | round / 10 end;
def group(kind): map(select(.kind == kind)) | group_by(.name)
  | map({key: .[0].name, value: (
      {runs: length, rps: (map(.rps) | median | r2),
       steal_pct: (map(.steal_pct // empty) | median | r1), idle_pct: (map(.idle_pct // empty) | median | r1)}
      + (if kind == "http" then {
          connections: .[0].connections,
          p50_ms: (map(.p50_ms) | median | r2), p99_ms: (map(.p99_ms) | median | r2),
          errors: (map(.errors) | add), non_2xx: (map(.non_2xx) | add),
          socket_errors: (map(.socket_errors) | add),
          rss_mib: (map(.rss_kib) | max / 1024 | round)}
        else {latency_avg_ms: (map(.latency_avg_ms) | median | r2), clients: .[0].clients,
          errors: (map(.errors) | add)} end)
      + {all_runs_rps: map(.rps | r2)})})
  | from_entries;
def ratio(a; b): if a == null or b == null or b == 0 then null else (a / b * 1000 | round / 1000) end;
# An endpoint's rate over its ceiling's, run by run: the two figures of a pair are measured within
# a few minutes of each other, so a machine that speeds up or slows down between runs moves both.
def per_run(lines; a; b):
  [range(1; $runs + 1) as $r
    | [(lines | map(select(.name == a and .run == $r)) | first | .rps),
       (lines | map(select(.name == b and .run == $r)) | first | .rps)]
    | select(.[0] != null and .[1] != null and .[1] != 0) | .[0] / .[1] * 1000 | round / 1000];
def paired(lines; a; b): per_run(lines; a; b) | if length == 0 then null else median * 1000 | round / 1000 end;

. as $lines
| (group("http")) as $http | (group("ceiling")) as $pg
| ($bcrypt_ms / 1000) as $bcrypt_s
| ($cores / $bcrypt_s) as $login_ceiling
| {
  date: $date, java: $java, java_opts: $java_opts, server_env: $server_env, cores: $cores,
  load_average_at_end: $load,
  steal_pct_median: ($lines | map(.steal_pct // empty) | median | r1),
  steal_pct_max: ($lines | map(.steal_pct // empty) | max),
  runs: $runs, seconds_per_run: $seconds, sizes: ($sizes | split(" ")),
  seed_seconds: $seed_seconds, bcrypt_cost: $cost, bcrypt_check_ms: $bcrypt_ms,
  http: $http, ceilings: ($pg + {login_bcrypt: {rps: ($login_ceiling | r2),
    note: "cores / time of one bcrypt check"}}),
  ratio_runs: {
    ("list_" + $small): per_run($lines; "list_" + $small; "pg_list_" + $small),
    ("list_" + $large): per_run($lines; "list_" + $large; "pg_list_" + $large),
    create: per_run($lines; "create"; "pg_create"),
    create_idempotent: per_run($lines; "create_idempotent"; "pg_create_idempotent"),
    ("summary_" + $mid): per_run($lines; "summary_" + $mid; "pg_summary_" + $mid)
  },
  ratios: {
    ("list_" + $small): paired($lines; "list_" + $small; "pg_list_" + $small),
    ("list_" + $large): paired($lines; "list_" + $large; "pg_list_" + $large),
    create: paired($lines; "create"; "pg_create"),
    create_idempotent: paired($lines; "create_idempotent"; "pg_create_idempotent"),
    create_idempotent_vs_create_transaction: paired($lines; "create_idempotent"; "pg_create"),
    create_vs_plain_insert: paired($lines; "create"; "pg_insert"),
    ("summary_" + $mid): paired($lines; "summary_" + $mid; "pg_summary_" + $mid),
    login: ratio($http.login.rps; $login_ceiling),
    ("list_" + $small + "_vs_select_only"): ratio($http["list_" + $small].rps; $pg.pg_select_only.rps)
  }
}
| .targets = [
  {target: "list \($small) >= 35% of pgbench list", value: .ratios["list_" + $small], met: ((.ratios["list_" + $small] // 0) >= 0.35)},
  {target: "list \($small) p99 < 25 ms", value: $http["list_" + $small].p99_ms, met: ($http["list_" + $small].p99_ms < 25)},
  {target: "list \($large) cost <= 1.3 x list \($small)", value: ratio($http["list_" + $small].rps; $http["list_" + $large].rps),
   met: ((ratio($http["list_" + $small].rps; $http["list_" + $large].rps) // 99) <= 1.3)},
  {target: "create >= 60% of pgbench create transaction", value: .ratios.create, met: ((.ratios.create // 0) >= 0.6)},
  {target: "create with Idempotency-Key >= 60% of pgbench idempotent create transaction", value: .ratios.create_idempotent, met: ((.ratios.create_idempotent // 0) >= 0.6)},
  {target: "summary \($mid) >= 70% of pgbench summary", value: .ratios["summary_" + $mid], met: ((.ratios["summary_" + $mid] // 0) >= 0.7)},
  {target: "login >= 80% of cores / bcrypt check", value: .ratios.login, met: ((.ratios.login // 0) >= 0.8)},
  {target: "list p99 under logins <= 2 x solo", value: ratio($http["list_\($small)_under_login"].p99_ms; $http["list_" + $small].p99_ms),
   met: ((ratio($http["list_\($small)_under_login"].p99_ms; $http["list_" + $small].p99_ms) // 99) <= 2)},
  {target: "zero errors", value: ([$http[].errors] | add), met: (([$http[].errors] | add) == 0)},
  {target: "server RSS < 512 MiB", value: ([$http[].rss_mib] | max), met: (([$http[].rss_mib] | max) < 512)}
]
