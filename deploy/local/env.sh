# Shared settings of the local Kelisim suite: per-profile defaults, each overridable by a variable already set.
# shellcheck shell=bash
#
# Source this file; do not run it. KELISIM_PROFILE selects the defaults:
#   run  (default) the ports a developer uses by hand (./run.sh)
#   test           ports shifted by 10000, so tests never collide with a running demo
# Every variable below keeps the value it already has in the environment.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export ROOT

KELISIM_PROFILE=${KELISIM_PROFILE:-run}
case "$KELISIM_PROFILE" in
  run)  _kelisim_offset=0 ;;
  test) _kelisim_offset=10000 ;;
  *)
    echo "KELISIM_PROFILE must be 'run' or 'test', not '$KELISIM_PROFILE'" >&2
    return 1
    ;;
esac
export KELISIM_PROFILE

# Everything a profile writes lives in its state folder; downloads are shared by both profiles.
export KELISIM_HOST=127.0.0.1
export KELISIM_STATE=${KELISIM_STATE:-$ROOT/.kelisim/$KELISIM_PROFILE}
export KELISIM_DIST=${KELISIM_DIST:-$ROOT/.kelisim/dist}

# Versions fetched by deploy/local/fetch/pom.xml (keep both in step).
export KAFKA_VERSION=4.1.2
export KEYCLOAK_VERSION=26.5.6
# Fetched by deploy/local/fetch/mail-pom.xml.
export GREENMAIL_VERSION=2.1.8

export PG_PORT=${PG_PORT:-$((5432 + _kelisim_offset))}
export KAFKA_PORT=${KAFKA_PORT:-$((9092 + _kelisim_offset))}
export KC_PORT=${KC_PORT:-$((8180 + _kelisim_offset))}
export KC_MGMT_PORT=${KC_MGMT_PORT:-$((9000 + _kelisim_offset))}
export PORTAL_PORT=${PORTAL_PORT:-$((8080 + _kelisim_offset))}
export CONSENT_PORT=${CONSENT_PORT:-$((8081 + _kelisim_offset))}
export OBJECTION_PORT=${OBJECTION_PORT:-$((8082 + _kelisim_offset))}
export NOTIFICATION_PORT=${NOTIFICATION_PORT:-$((8083 + _kelisim_offset))}
export SMTP_PORT=${SMTP_PORT:-$((3025 + _kelisim_offset))}
export MAIL_WEB_PORT=${MAIL_WEB_PORT:-$((8025 + _kelisim_offset))}
unset _kelisim_offset

# The system tier sends thousands of requests per subject on purpose (hostile input, the matrix), so
# the test profile lifts the subjects' request budget; the fast tier proves the limits themselves
# (RateLimitApiTest). The run profile keeps the shipped defaults.
if [[ $KELISIM_PROFILE == test ]]; then
  export KELISIM_RATE_LIMIT_SUBJECT_PER_SECOND=${KELISIM_RATE_LIMIT_SUBJECT_PER_SECOND:-100000}
  export KELISIM_RATE_LIMIT_SUBJECT_BURST=${KELISIM_RATE_LIMIT_SUBJECT_BURST:-100000}
fi

# The suite's webhook receivers (the system tests') are plain http on 127.0.0.1, so both
# profiles relax notification-service's production rules: https on port 443 only, and no loopback
# address. Every other private range stays refused. Real deployments keep the defaults (docs/operations.md).
export KELISIM_WEBHOOKS_REQUIRE_HTTPS=${KELISIM_WEBHOOKS_REQUIRE_HTTPS:-false}
export KELISIM_WEBHOOKS_ALLOW_LOOPBACK=${KELISIM_WEBHOOKS_ALLOW_LOOPBACK:-true}

# Local-only secret for pseudonymising subject identifiers; real deployments set their own.
export KELISIM_PSEUDONYM_KEY=${KELISIM_PSEUDONYM_KEY:-local-pseudonym-key-change-me}
# The other demo secrets, also public. The applications refuse every one of them unless KELISIM_DEMO=true,
# which the local suite is: a real deployment sets its own secrets and leaves KELISIM_DEMO unset.
export KELISIM_DEMO=${KELISIM_DEMO:-true}
export KELISIM_BREACH_ENCRYPTION_KEY=${KELISIM_BREACH_ENCRYPTION_KEY:-bG9jYWwtYnJlYWNoLWtleS1jaGFuZ2UtbWUtMzJieXQ=}
export KELISIM_PORTAL_CLIENT_SECRET=${KELISIM_PORTAL_CLIENT_SECRET:-portal-secret}
export KELISIM_PORTAL_STATE_SECRET=${KELISIM_PORTAL_STATE_SECRET:-local-portal-state-secret-change-me-0123456789}
export KELISIM_PORTAL_COOKIE_SECRET=${KELISIM_PORTAL_COOKIE_SECRET:-local-portal-cookie-secret-change-me-0123456789}
export KELISIM_PORTAL_CSRF_KEY=${KELISIM_PORTAL_CSRF_KEY:-local-portal-csrf-key-change-me-0123456789abcdef}

# Local-only ES256 key pair that signs the audit log's tree heads (PKCS#8 and X.509, base64); real
# deployments set their own and keep it out of the services' databases.
export KELISIM_AUDIT_SIGNING_PRIVATE_KEY=${KELISIM_AUDIT_SIGNING_PRIVATE_KEY:-MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+8z/d3CmyHf5DVnkNKcxSgumDQWQWt1c4dPlj8vPx92hRANCAARGhCL/JyrY1Gr5JXp6YE6xUWWj7N/T39gd/aji5Bx1qDGpyeOOQF0NSEEZHg4BAIpve7z3HmnJ6MmqePloDoMk}
export KELISIM_AUDIT_SIGNING_PUBLIC_KEY=${KELISIM_AUDIT_SIGNING_PUBLIC_KEY:-MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAERoQi/ycq2NRq+SV6emBOsVFlo+zf09/YHf2o4uQcdagxqcnjjkBdDUhBGR4OAQCKb3u89x5pyejJqnj5aA6DJA==}

# shellcheck source=deploy/local/lib.sh
. "$ROOT/deploy/local/lib.sh"
