-- One wrk scenario, configured from the environment by bench/run.sh:
--   BENCH_METHOD, BENCH_BODY, BENCH_TOKEN, BENCH_CONTENT_TYPE,
--   BENCH_IDEMPOTENCY=1 (a fresh Idempotency-Key per request),
--   BENCH_IDS=file (one expense id a line: the path gets /<id> appended, round robin).
-- done() prints one line "BENCHJSON {...}" with rate, latency percentiles (ms) and errors.
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY")
local token = os.getenv("BENCH_TOKEN")
local content_type = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
local idempotent = os.getenv("BENCH_IDEMPOTENCY") == "1"
local ids_file = os.getenv("BENCH_IDS")
local nonce = os.getenv("BENCH_NONCE") or tostring(os.time())

local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

local ids = {}
function init(args)
  if ids_file then
    for line in io.lines(ids_file) do
      if #line > 0 then table.insert(ids, line) end
    end
  end
  counter = (tid or 1) * 7919
end

function request()
  counter = counter + 1
  local headers = {}
  if token then headers["Authorization"] = "Bearer " .. token end
  if body then headers["Content-Type"] = content_type end
  if idempotent then headers["Idempotency-Key"] = "bench-" .. nonce .. "-" .. tid .. "-" .. counter end
  local path = wrk.path
  if #ids > 0 then path = path .. "/" .. ids[(counter % #ids) + 1] end
  return wrk.format(method, path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCHJSON {"requests":%d,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"errors":%d,"non_2xx":%d,"socket_errors":%d}\n',
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status + e.connect + e.read + e.write + e.timeout, e.status,
    e.connect + e.read + e.write + e.timeout))
end
