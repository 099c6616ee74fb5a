-- wrk script for the page benchmark. Each thread takes its share of the signed-in sessions
-- (one "Cookie" header per line of $BENCH_COOKIES) and walks through them request by request, so
-- with as many connections as sessions each connection mostly keeps one session, and a session is
-- sometimes used by two connections at once (two tabs). $BENCH_PATHS holds one or more paths
-- separated by spaces, taken in turn. Any status other than 2xx counts as a failure (a 302 to the
-- login page or a 403 is a failure for a signed-in participant).

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(os.getenv("BENCH_THREADS") or "2")
  local all = {}
  local file = os.getenv("BENCH_COOKIES")
  if file and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then table.insert(all, line) end
    end
  end
  mine = {}
  for i = thread_index + 1, #all, count do table.insert(mine, all[i]) end
  paths = {}
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do table.insert(paths, p) end
  sent, bad, bad_text = 0, 0, ""
  bad_by_status = {}
end

function request()
  sent = sent + 1
  local path = paths[(sent - 1) % #paths + 1]
  local headers = {}
  if #mine > 0 then headers["Cookie"] = mine[(sent - 1) % #mine + 1] end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    bad_by_status[status] = (bad_by_status[status] or 0) + 1
    local parts = {}
    for code, n in pairs(bad_by_status) do table.insert(parts, code .. "x" .. n) end
    bad_text = table.concat(parts, ",")
  end
end

function done(summary, latency, requests)
  local bad_total, statuses = 0, {}
  for _, thread in ipairs(threads) do
    bad_total = bad_total + thread:get("bad")
    -- thread:get copies plain values only, so each thread keeps its statuses as "403x2,500x1".
    local s = thread:get("bad_text")
    if s and s ~= "" then table.insert(statuses, s) end
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %d %.3f %.2f %.2f %d %d %s\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, bad_total, socket_errors,
    table.concat(statuses, ",") ~= "" and table.concat(statuses, ",") or "-"))
end
