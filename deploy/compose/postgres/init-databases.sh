#!/bin/bash
# Creates the Kelisim role and one database per service on the first start of an empty volume
# (the image runs the scripts in /docker-entrypoint-initdb.d only then). Same names as
# deploy/local/postgres.sh: role kelisim, databases consent, objection and notification.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="${KELISIM_DB_PASSWORD:?KELISIM_DB_PASSWORD is not set}" <<'SQL'
CREATE ROLE kelisim LOGIN PASSWORD :'app_password';
CREATE DATABASE consent OWNER kelisim;
CREATE DATABASE objection OWNER kelisim;
CREATE DATABASE notification OWNER kelisim;
SQL
