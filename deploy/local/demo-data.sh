#!/usr/bin/env bash
# Loads the demo operators' profiles, demo purposes and consents through the real REST API: each demo
# operator puts its own profile with its own client, then the demo-bank client registers purposes and
# consents. Re-runnable: the same profile or purpose definition changes nothing, and each consent has
# its own Idempotency-Key.
set -euo pipefail
COMPONENT=demo-data
# shellcheck source=deploy/local/env.sh
. "$(dirname "$0")/env.sh"

TOKEN_URL=http://$KELISIM_HOST:$KC_PORT/realms/kelisim/protocol/openid-connect/token
CONSENTS_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/consents
PURPOSES_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/purposes
OPERATORS_URL=http://$KELISIM_HOST:$CONSENT_PORT/api/v1/operators
DEMO_BANK_BIN=050140001238
DEMO_TELECOM_BIN=120340004562
DEMO_INSURER_BIN=980840001237
CLIENT_ID=demo-bank

# Prints an access token for a demo operator's client (client-credentials grant; the secret is the
# client id followed by -secret, as in deploy/keycloak).
fetch_token() {
  local client=${1:-$CLIENT_ID} response token
  response=$(curl -sS --max-time 15 -d grant_type=client_credentials \
    -d client_id="$client" -d client_secret="$client-secret" "$TOKEN_URL") ||
    die "Keycloak does not answer at $TOKEN_URL"
  token=$(printf '%s' "$response" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || die "no access token for $client: $response"
  printf '%s' "$token"
}

# Puts one operator's profile with its own client's token (an operator maintains only its own).
put_profile() {
  local client=$1 bin=$2 json=$3 body status token
  token=$(fetch_token "$client")
  body=$(mktemp)
  status=$(curl -sS --max-time 30 -o "$body" -w '%{http_code}' -X PUT "$OPERATORS_URL/$bin" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$json") || status=000
  if [[ $status != 2?? ]]; then
    warn "PUT $OPERATORS_URL/$bin ($client) answered HTTP $status: $(head -c 500 "$body")"
    rm -f "$body"
    return 1
  fi
  rm -f "$body"
  info "profile of $client ($bin) saved (HTTP $status)"
}

# The demo operators' profiles: every page and notice then names them instead of showing a bare BIN.
put_profiles() {
  put_profile demo-bank "$DEMO_BANK_BIN" '{
    "name":{"kk":"Демо Банк АҚ","ru":"АО «Демо Банк»","en":"Demo Bank JSC"},
    "description":{"kk":"Жеке тұлғаларға несие мен төлем карталарын беретін банк",
                   "ru":"Банк, выдающий кредиты и платёжные карты физическим лицам",
                   "en":"A bank lending to individuals and issuing payment cards"},
    "legalAddress":"050000, Almaty, Abay avenue 1",
    "responsible":{"name":"Aigul Serikova","email":"dpo@demo-bank.kz","phone":"+7 727 000 00 01"},
    "privacyNoticeUrl":"https://demo-bank.kz/privacy"}'
  put_profile demo-telecom "$DEMO_TELECOM_BIN" '{
    "name":{"kk":"Демо Телеком ЖШС","ru":"ТОО «Демо Телеком»","en":"Demo Telecom LLP"},
    "description":{"kk":"Ұялы байланыс операторы","ru":"Оператор мобильной связи","en":"A mobile network operator"},
    "legalAddress":"010000, Astana, Mangilik El avenue 10",
    "responsible":{"name":"Daniyar Akhmetov","email":"privacy@demo-telecom.kz","phone":"+7 717 000 00 02"},
    "privacyNoticeUrl":"https://demo-telecom.kz/privacy"}'
  put_profile demo-insurer "$DEMO_INSURER_BIN" '{
    "name":{"kk":"Демо Сақтандыру АҚ","ru":"АО «Демо Страхование»","en":"Demo Insurance JSC"},
    "description":{"kk":"Өмір мен денсаулықты сақтандыру компаниясы","ru":"Компания по страхованию жизни и здоровья",
                   "en":"A life and health insurance company"},
    "legalAddress":"050000, Almaty, Dostyk avenue 5",
    "responsible":{"name":"Saule Nurlanova","email":"dpo@demo-insurer.kz","phone":"+7 727 000 00 03"},
    "privacyNoticeUrl":"https://demo-insurer.kz/privacy"}'
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
  put_profiles
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
