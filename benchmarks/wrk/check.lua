-- B1: POST /api/v1/consent-checks for subjects drawn from a sample of the loaded consents
-- (BENCH_IINS, one IIN a line); each thread walks the sample from its own random offset.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local purpose = os.getenv("BENCH_PURPOSE") or "bench-check"
local bodies = {}
local file = assert(io.open(assert(os.getenv("BENCH_IINS"), "BENCH_IINS is not set"), "r"))
for iin in file:read("*a"):gmatch("%d+") do
  bodies[#bodies + 1] = '{"subjectIin":"' .. iin .. '","purposeCode":"' .. purpose .. '"}'
end
file:close()
assert(#bodies > 0, "no IINs in BENCH_IINS")

wrk.method = "POST"
wrk.path = "/api/v1/consent-checks"
wrk.headers["Content-Type"] = "application/json"
common.headers()

local i = 0
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
  i = math.random(#bodies)
end

function request()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end

done = common.done
