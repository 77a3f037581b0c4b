package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.clients.Localized;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A legal representative sees the consents of the person they represent, each page marked with whose
 * data it is and in what capacity the signed-in person acts (PDL-8.7).
 */
@QuarkusTest
class RepresentativePagesTest {

    static final String AIGERIM = "900515401230";
    static final String GULNARA = "880502400037";
    static final UUID HELD = UUID.fromString("7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0003");
    static final UUID OWN = UUID.fromString("7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0004");

    @InjectMock
    @RestClient
    ConsentApi consentApi;

    @Test
    @TestSecurity(user = "gulnara", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = GULNARA))
    @DisplayName("PDL-8.7: the representative's list keeps their own consents apart from those of the person they represent, which are marked")
    void representative_sees_the_represented_persons_consents_marked() {
        when(consentApi.myConsents()).thenReturn(List.of(held(), own()));
        String page = given().queryParam("lang", "en").get("/consents").then().statusCode(200).extract().asString();
        assertThat(page).contains("Consents of the person you represent (IIN " + AIGERIM + ")")
                .contains("You are acting as a legal representative.").contains("Ground of representation: power of attorney.");
        // The own consent is in the first table, the represented person's in the marked section only.
        String ownTable = page.substring(page.indexOf("id=\"consents\""), page.indexOf("class=\"acting-for\""));
        assertThat(ownTable).contains(OWN.toString()).doesNotContain(HELD.toString());
        assertThat(page.substring(page.indexOf("class=\"acting-for\""))).contains(HELD.toString());
    }

    @Test
    @TestSecurity(user = "gulnara", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = GULNARA))
    @DisplayName("PDL-8.7: the detail and revocation pages of a represented person's consent say whose data it is, in Kazakh by default")
    void detail_of_a_represented_persons_consent_is_marked() {
        when(consentApi.myConsent(HELD)).thenReturn(detail(held()));
        given().get("/consents/" + HELD).then().statusCode(200)
                .body(containsString("class=\"acting-for\" role=\"note\""))
                .body(containsString("Сіз заңды өкіл ретінде әрекет етесіз."))
                .body(containsString("Бұл ЖСН " + AIGERIM + " адамның деректері, сіздің деректеріңіз емес."));
        given().get("/consents/" + HELD + "/revoke").then().statusCode(200).body(containsString("class=\"acting-for\""));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "subject")
    @OidcSecurity(claims = @Claim(key = "iin", value = AIGERIM))
    @DisplayName("The subject's own consent, even one their representative gave, is not marked as someone else's")
    void subjects_own_consent_is_not_marked() {
        when(consentApi.myConsents()).thenReturn(List.of(held()));
        when(consentApi.myConsent(HELD)).thenReturn(detail(held()));
        given().queryParam("lang", "en").get("/consents").then().statusCode(200)
                .body(containsString(HELD.toString())).body(not(containsString("acting-for")));
        given().get("/consents/" + HELD).then().statusCode(200).body(not(containsString("acting-for")));
    }

    private static ConsentSummary held() {
        return new ConsentSummary(HELD, "050140001238", "card-marketing", 1, "ACTIVE", Instant.parse("2026-11-02T04:00:00Z"),
                null, false, null, false, AIGERIM, new ConsentSummary.Representative(GULNARA, "POWER_OF_ATTORNEY", "No. 12"));
    }

    private static ConsentSummary own() {
        return new ConsentSummary(OWN, "120340004562", "tariff-offers", 1, "ACTIVE", Instant.parse("2026-11-03T04:00:00Z"),
                null, false, null, false, GULNARA, null);
    }

    private static ConsentDetail detail(ConsentSummary consent) {
        return new ConsentDetail(consent, new ConsentDetail.Purpose(consent.purposeCode(), 1,
                new Localized("Карта ұсыныстары", "Предложения по картам", "Card offers"),
                new Localized("Ұсыныстар", "Предложения", "Offers"), "CONSENT", List.of()), List.of(), List.of());
    }
}
