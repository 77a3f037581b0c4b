package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.ConsentApi;
import kz.kelisim.portal.clients.ConsentDetail;
import kz.kelisim.portal.clients.ConsentSummary;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.SignedReceipt;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The consent receipt as a PDF the subject keeps: its text is read back out of the PDF, as a reader would.
 */
@QuarkusTest
@TestSecurity(user = "aigerim", roles = "subject")
class ConsentReceiptPdfTest {

    static final UUID ID = UUID.fromString("7b0c8a52-3c1e-4bb4-9a53-4a3a5a1f0002");

    @InjectMock
    @RestClient
    ConsentApi consentApi;

    @Test
    @DisplayName("PDL-8.7: the receipt PDF carries the operator, the purpose in the chosen language, the term, the status and the signature")
    void receipt_pdf_in_russian_reads_as_the_receipt() throws IOException {
        stub();
        byte[] pdf = given().queryParam("lang", "ru").get("/consents/" + ID + "/receipt.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("consent-receipt-" + ID + ".pdf"))
                .extract().asByteArray();
        String text = text(pdf);
        assertThat(text).contains("Квитанция о согласии на обработку персональных данных")
                .contains("Кредитный скоринг").contains("050140001238").contains(ID.toString())
                .contains("Действует").contains("До достижения цели").contains("ES256").contains("receipt-key-1")
                // granted 04:00 UTC is 09:00 in Almaty
                .contains("09:00");
    }

    @Test
    @DisplayName("Languages: by default the receipt PDF is in Kazakh, with the Kazakh letters kept as text")
    void receipt_pdf_in_kazakh_by_default() throws IOException {
        stub();
        String text = text(given().get("/consents/" + ID + "/receipt.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("Дербес деректерді өңдеуге келісім түбіртегі").contains("Несиелік скоринг")
                .contains("Мақсатқа жеткенге дейін");
    }

    @Test
    @DisplayName("The consent page offers the receipt both as PDF and as signed JSON")
    void detail_page_links_both_receipts() {
        stub();
        given().queryParam("lang", "en").get("/consents/" + ID).then().statusCode(200)
                .body(containsString("href=\"/consents/" + ID + "/receipt.pdf\""))
                .body(containsString("Download the receipt (PDF)"))
                .body(containsString("href=\"/consents/" + ID + "/receipt.json\""));
    }

    private void stub() {
        ConsentSummary consent = new ConsentSummary(ID, "050140001238", "loan-scoring", 1, "ACTIVE",
                Instant.parse("2026-11-02T04:00:00Z"), null, false, null, false, "900515401230", null);
        when(consentApi.myConsent(ID)).thenReturn(new ConsentDetail(consent, new ConsentDetail.Purpose("loan-scoring", 1,
                new Localized("Несиелік скоринг", "Кредитный скоринг", "Loan scoring"),
                new Localized("Бағалау", "Оценка", "Assessment"), "CONSENT", List.of()), List.of(), List.of()));
        when(consentApi.signedReceipt(ID)).thenReturn(receipt());
    }

    private static SignedReceipt receipt() {
        ObjectMapper json = new ObjectMapper();
        var receipt = json.createObjectNode();
        receipt.put("recordId", ID.toString());
        receipt.put("issuedAt", "2026-11-25T06:00:00Z");
        receipt.putObject("controller").put("id", "050140001238");
        receipt.putObject("purpose").putObject("title").put("kk", "Несиелік скоринг").put("ru", "Кредитный скоринг")
                .put("en", "Loan scoring");
        receipt.putObject("validity").put("grantedAt", "2026-11-02T04:00:00Z").putNull("validUntil").put("status", "ACTIVE");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"ES256\",\"kid\":\"receipt-key-1\"}".getBytes(StandardCharsets.UTF_8));
        return new SignedReceipt(receipt, header + ".eyJ9.c2ln");
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
