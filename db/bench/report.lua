-- wrk script of db/bench/benchmark.sh: one machine-readable line per run, which the script turns into a table.
-- RESULT <req/s> <p50 ms> <p99 ms> <non-2xx/3xx responses> <socket errors> <requests>
--
-- With COOKIES=<file> (one Cookie header value per line), requests take the file's sessions in turn, each thread
-- starting at its own place: many people signed in at once, one request at a time each, as a city's residents are.
-- (One session shared by every connection measures something no person does: Faces serialises the requests of one
-- session where it stores their views.)

local sessions = {}
local next_session = 1

local threads = 0
setup = function(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

init = function(args)
  local file = os.getenv("COOKIES")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then sessions[#sessions + 1] = line end
    end
    local start = tonumber(offset) or 0
    if #sessions > 0 then next_session = (start * math.floor(#sessions / 2)) % #sessions + 1 end
  end
end

request = function()
  if #sessions == 0 then
    return wrk.request()
  end
  local cookie = sessions[next_session]
  next_session = next_session % #sessions + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Cookie"] = cookie
  return wrk.format(nil, nil, headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
