# Prints bench/results/latest.json as a table (bench/run.sh).
def pad(n): tostring | if length < n then . + (" " * (n - length)) else . end;
def lpad(n): tostring | if length < n then (" " * (n - length)) + . else . end;
"\(.date)  \(.java)  \(.cores) cores  load \(.load_average_at_end)  steal \(.steal_pct_median // "?") % (most \(.steal_pct_max // "?") %)  \(.runs) x \(.seconds_per_run) s  medians",
"",
("scenario" | pad(28)) + ("conns" | lpad(6)) + ("req/s" | lpad(10)) + ("p50 ms" | lpad(9)) + ("p99 ms" | lpad(9)) + ("errors" | lpad(8)) + ("RSS MiB" | lpad(9)) + ("steal %" | lpad(9)) + ("idle %" | lpad(8)),
(.http | to_entries[] | (.key | pad(28)) + (.value.connections | lpad(6)) + (.value.rps | lpad(10))
  + (.value.p50_ms | lpad(9)) + (.value.p99_ms | lpad(9)) + (.value.errors | lpad(8)) + (.value.rss_mib | lpad(9))
  + ((.value.steal_pct // "") | lpad(9)) + ((.value.idle_pct // "") | lpad(8))),
"",
("ceiling (pgbench -M prepared)" | pad(34)) + ("clients" | lpad(8)) + ("tx/s" | lpad(10)) + ("avg ms" | lpad(9)) + ("steal %" | lpad(9)) + ("idle %" | lpad(8)),
(.ceilings | to_entries[] | (.key | pad(34)) + ((.value.clients // "") | lpad(8)) + (.value.rps | lpad(10)) + ((.value.latency_avg_ms // "") | lpad(9))
  + ((.value.steal_pct // "") | lpad(9)) + ((.value.idle_pct // "") | lpad(8))),
"",
"ratios: " + (.ratios | to_entries | map("\(.key) \(.value)") | join(", ")),
"",
(.targets[] | (if .met then "  met   " else "  MISSED" end) + "  \(.target): \(.value)")
