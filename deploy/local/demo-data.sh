#!/usr/bin/env bash
# Loads demo consents through the real REST API, authenticated as the demo-bank client.
set -euo pipefail
COMPONENT=demo-data
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

TOKEN_URL=http://$KELISIM_HOST:$KC_PORT/realms/kelisim/protocol/openid-connect/token
CONSENTS_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/consents
CLIENT_ID=demo-bank
CLIENT_SECRET=demo-bank-secret

# Prints an access token for the demo-bank client (client-credentials grant).
fetch_token() {
  local response token
  response=$(curl -sS --max-time 15 -d grant_type=client_credentials \
    -d client_id="$CLIENT_ID" -d client_secret="$CLIENT_SECRET" "$TOKEN_URL") ||
    die "Keycloak does not answer at $TOKEN_URL"
  token=$(printf '%s' "$response" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || die "no access token for $CLIENT_ID: $response"
  printf '%s' "$token"
}

# Records one consent; the idempotency key makes a repeated run return the same consent.
post_consent() {
  local token=$1 key=$2 iin=$3 purpose=$4 body status
  body=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$body" -w '%{http_code}' -X POST "$CONSENTS_URL" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" -H 'Content-Type: application/json' \
    -d "{\"subjectIin\":\"$iin\",\"purposeCode\":\"$purpose\"}") || status=000
  if [[ $status != 2?? ]]; then
    warn "POST $CONSENTS_URL ($key) answered HTTP $status: $(head -c 500 "$body")"
    rm -f "$body"
    return 1
  fi
  rm -f "$body"
  info "consent $purpose for subject $iin recorded (HTTP $status, key $key)"
}

main() {
  local token
  token=$(fetch_token)
  post_consent "$token" demo-1 900515401230 loan-scoring
  post_consent "$token" demo-2 851102304561 card-marketing
}

main "$@"
