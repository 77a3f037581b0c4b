-- Shared by the wrk scripts: the cached bearer token and the done() hook that writes the figures
-- as key=value lines (BENCH_OUT), latencies in microseconds.
local M = {}

function M.headers()
  wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("BENCH_TOKEN"), "BENCH_TOKEN is not set")
  wrk.headers["Accept"] = "application/json"
end

function M.done(summary, latency, requests)
  local out = assert(io.open(assert(os.getenv("BENCH_OUT"), "BENCH_OUT is not set"), "w"))
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.status + e.timeout
  out:write(string.format("requests=%d\n", summary.requests))
  out:write(string.format("seconds=%.3f\n", seconds))
  out:write(string.format("throughput=%.1f\n", (summary.requests - failed) / seconds))
  out:write(string.format("errors=%d\n", failed))
  out:write(string.format("non2xx=%d\n", e.status))
  out:write(string.format("mean_us=%.0f\n", latency.mean))
  out:write(string.format("p50_us=%d\n", latency:percentile(50)))
  out:write(string.format("p90_us=%d\n", latency:percentile(90)))
  out:write(string.format("p99_us=%d\n", latency:percentile(99)))
  out:write(string.format("p999_us=%d\n", latency:percentile(99.9)))
  out:write(string.format("max_us=%d\n", latency.max))
  out:close()
end

return M
