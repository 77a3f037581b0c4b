-- Baseline A: GET /api/v1/whoami, the cheapest authenticated request the service answers.
package.path = os.getenv("BENCH_WRK_DIR") .. "/?.lua;" .. package.path
local common = require("common")

wrk.method = "GET"
wrk.path = "/api/v1/whoami"
common.headers()

done = common.done
