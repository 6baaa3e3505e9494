-- wrk script of db/bench/benchmark.sh: one machine-readable line per run, which the script turns into a table.
-- RESULT <req/s> <p50 ms> <p99 ms> <non-2xx/3xx responses> <socket errors> <requests>
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
