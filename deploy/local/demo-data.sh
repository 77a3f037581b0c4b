#!/usr/bin/env bash
# Loads demo purposes and consents through the real REST API, authenticated as the demo-bank client.
# Re-runnable: a purpose with the same definition is returned as it is, and each consent has its
# own Idempotency-Key.
set -euo pipefail
COMPONENT=demo-data
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

TOKEN_URL=http://$KELISIM_HOST:$KC_PORT/realms/kelisim/protocol/openid-connect/token
CONSENTS_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/consents
PURPOSES_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/purposes
DEMO_TELECOM_BIN=120340004562
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

# Registers one purpose (PDL-7.8); the same definition again answers 200 and changes nothing.
post_purpose() {
  local token=$1 code=$2 json=$3 body status
  body=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$body" -w '%{http_code}' -X POST "$PURPOSES_URL" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$json") || status=000
  if [[ $status != 2?? ]]; then
    warn "POST $PURPOSES_URL ($code) answered HTTP $status: $(head -c 500 "$body")"
    rm -f "$body"
    return 1
  fi
  rm -f "$body"
  info "purpose $code registered (HTTP $status)"
}

# Records one consent; the idempotency key makes a repeated run return the same consent. An optional
# fifth argument adds JSON members, such as the legal representative who gives the consent.
post_consent() {
  local token=$1 key=$2 iin=$3 purpose=$4 extra=${5:-} body status
  body=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$body" -w '%{http_code}' -X POST "$CONSENTS_URL" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: $key" -H 'Content-Type: application/json' \
    -d "{\"subjectIin\":\"$iin\",\"purposeCode\":\"$purpose\"${extra:+,$extra}}") || status=000
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
  post_purpose "$token" loan-scoring '{"code":"loan-scoring",
    "title":{"kk":"Несиелік скоринг","ru":"Кредитный скоринг","en":"Loan scoring"},
    "description":{"kk":"Несие өтінімін қарау үшін табыс пен несие тарихын бағалау, нәтижесі байланыс операторымен бөлісіледі",
                   "ru":"Оценка дохода и кредитной истории для решения по заявке на кредит, результат передаётся оператору связи",
                   "en":"Assess income and credit history to decide a loan application; the result is shared with the telecom operator"},
    "legalBasis":"CONSENT","maxValidity":"P1Y",
    "dataCategories":[{"name":"income"},{"name":"credit history"},{"name":"mobile subscription"}],
    "source":"SUBJECT","recipients":["'"$DEMO_TELECOM_BIN"'"],"automated":true}'
  post_purpose "$token" card-marketing '{"code":"card-marketing",
    "title":{"kk":"Карта ұсыныстары","ru":"Предложения по картам","en":"Card offers"},
    "description":{"kk":"Клиентке оның шоттары бойынша жаңа төлем карталары туралы SMS және электрондық пошта арқылы ұсыныс жіберу",
                   "ru":"Отправка клиенту предложений о новых платёжных картах по SMS и электронной почте с учётом его счетов",
                   "en":"Send the customer offers of new payment cards by SMS and e-mail, based on the accounts they hold"},
    "legalBasis":"CONSENT","maxValidity":"P2Y",
    "dataCategories":[{"name":"contact details"},{"name":"account list"}],
    "source":"SUBJECT","recipients":[],"automated":false}'
  post_consent "$token" demo-1 900515401230 loan-scoring
  post_consent "$token" demo-2 851102304561 card-marketing
  # Gulnara (IIN 880502400037) gives this one for Aigerim under a power of attorney (PDL-8.7): she sees
  # it in the portal, marked as Aigerim's, and may revoke it.
  post_consent "$token" demo-3 900515401230 card-marketing \
    '"representative":{"iin":"880502400037","basis":"POWER_OF_ATTORNEY","document":"Power of attorney No. 2026-114"}'
}

main "$@"
