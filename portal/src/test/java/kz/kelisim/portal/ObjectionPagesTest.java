package kz.kelisim.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.kelisim.portal.clients.Localized;
import kz.kelisim.portal.clients.MyDecision;
import kz.kelisim.portal.clients.ObjectionApi;
import kz.kelisim.portal.clients.ObjectionItem;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision, objection and appeal pages, with objection-service replaced; the system tests drive the real one.
 */
@QuarkusTest
class ObjectionPagesTest {

    @InjectMock
    @RestClient
    ObjectionApi objectionApi;

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @DisplayName("PDL-19-1.2: a decision is shown with how the processing works, its consequences and how to object")
    void decisions_are_explained_with_a_way_to_object() {
        when(objectionApi.myDecisions(anyString())).thenReturn(List.of(new MyDecision(UUID.randomUUID(), "050140001238",
                "DECLINED", Instant.parse("2026-11-24T06:00:00Z"), true,
                new MyDecision.Explanation("Loan scoring", "A model scores income and history", "A loan may be refused",
                        true, "The model may be wrong about irregular income", "A credit officer checks every refusal",
                        "Use the form below", "Appeal to the regulator"))));
        given().queryParam("lang", "en").get("/decisions").then().statusCode(200)
                .body(containsString("A model scores income and history"))
                .body(containsString("The model may be wrong about irregular income"))
                .body(containsString("A credit officer checks every refusal"))
                .body(containsString("Object to this decision"))
                .body(containsString("name=\"csrf-token\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kk|Жасанды интеллект жүйесінің ықтимал тәуекелдері|Қауіпсіз пайдалану шарттары",
            "ru|Возможные риски системы искусственного интеллекта|Условия безопасного использования",
            "en|Possible risks of the artificial intelligence system|Conditions of safe use"})
    @TestSecurity(user = "daniyar", roles = "subject")
    @DisplayName("CPL-27.6: the AI system's possible risks and its conditions of safe use are shown as two texts, each under its own heading, in kk, ru and en")
    void ai_risks_and_conditions_of_safe_use_each_have_their_own_heading(String lang, String risksHeading, String safeUseHeading) {
        when(objectionApi.myDecisions(anyString())).thenReturn(List.of(decision(true, "RISKS-TEXT", "SAFE-USE-TEXT")));
        given().queryParam("lang", lang).get("/decisions").then().statusCode(200)
                .body(containsString("<dt>" + risksHeading + "</dt><dd class=\"ai-risks\">RISKS-TEXT</dd>"))
                .body(containsString("<dt>" + safeUseHeading + "</dt><dd class=\"ai-safe-use\">SAFE-USE-TEXT</dd>"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @DisplayName("CPL-27.6: a decision made without an AI system shows neither AI heading")
    void decision_without_ai_shows_no_ai_texts() {
        when(objectionApi.myDecisions(anyString())).thenReturn(List.of(decision(false, null, null)));
        given().queryParam("lang", "en").get("/decisions").then().statusCode(200)
                .body(containsString("A model scores income and history"))
                .body(not(containsString("Possible risks of the artificial intelligence system")))
                .body(not(containsString("Conditions of safe use")));
    }

    private static MyDecision decision(boolean aiSystemUsed, String aiRisks, String aiSafeUse) {
        return new MyDecision(UUID.randomUUID(), "050140001238", "DECLINED", Instant.parse("2026-11-24T06:00:00Z"), true,
                new MyDecision.Explanation("Loan scoring", "A model scores income and history", "A loan may be refused",
                        aiSystemUsed, aiRisks, aiSafeUse, "Use the form below", "Appeal to the regulator"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    @DisplayName("PDL-19-1.3: an open objection shows its countdown; a rejected one shows the answer and can be appealed")
    void objections_show_countdown_result_and_appeal() {
        when(objectionApi.myObjections()).thenReturn(List.of(
                objection("OPEN", 2, null, null),
                objection("REJECTED", 0, new Localized("Негізсіз", "Необоснованно", "Unfounded"), null)));
        given().queryParam("lang", "ru").get("/objections").then().statusCode(200)
                .body(containsString("Осталось рабочих дней: 2"))
                .body(containsString("Отклонено"))
                .body(containsString("Необоснованно"))
                .body(containsString("Обжаловать в уполномоченный орган"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "subject")
    void an_appealed_objection_cannot_be_appealed_again() {
        ObjectionItem.Appeal appeal = new ObjectionItem.Appeal(UUID.randomUUID(), "grounds", Instant.now(), "PENDING", null, null);
        when(objectionApi.myObjections()).thenReturn(List.of(objection("REJECTED", 0, new Localized("a", "b", "c"), appeal)));
        given().queryParam("lang", "en").get("/objections").then().statusCode(200)
                .body(containsString("Pending"))
                .body(not(containsString("Appeal to the authorised body")));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    void subjects_pages_are_closed_to_the_regulator() {
        given().get("/objections").then().statusCode(403);
        when(objectionApi.appealQueue(any())).thenReturn(List.of());
        given().get("/regulator/appeals").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "bank-officer", roles = "operator")
    @DisplayName("PDL-19-1.3: the operator's answer form posts the outcome and a labelled explanation in kk and ru")
    void operator_answer_form() {
        ObjectionItem open = objection("OPEN", 2, null, null);
        when(objectionApi.operatorQueue("OPEN")).thenReturn(List.of(open));
        given().queryParam("lang", "en").get("/operator/objections").then().statusCode(200)
                .body(containsString("action=\"/operator/objections/" + open.id() + "/resolution\""))
                .body(containsString("value=\"REJECTED\"> Rejected"))
                .body(containsString("<label for=\"kk-" + open.id() + "\">"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    @TestSecurity(user = "inspector", roles = "regulator")
    @DisplayName("PDL-19-1.3: the regulator's appeal form is the same form, posting upheld or dismissed to the appeal")
    void regulator_appeal_form() {
        ObjectionItem.Appeal appeal = new ObjectionItem.Appeal(UUID.randomUUID(), "grounds", Instant.now(), "PENDING", null, null);
        ObjectionItem appealed = objection("REJECTED", 0, new Localized("a", "b", "c"), appeal);
        when(objectionApi.appealQueue("PENDING")).thenReturn(List.of(appealed));
        given().queryParam("lang", "en").get("/regulator/appeals").then().statusCode(200)
                .body(containsString("action=\"/regulator/appeals/" + appeal.id() + "/decision\""))
                .body(containsString("value=\"DISMISSED\">"))
                .body(containsString("<label for=\"ru-" + appealed.id() + "\">"));
    }

    private static ObjectionItem objection(String status, int daysLeft, Localized result, ObjectionItem.Appeal appeal) {
        return new ObjectionItem(UUID.randomUUID(), "050140001238", "loan-scoring", UUID.randomUUID(), "HUMAN_REVIEW",
                "I was refused", Instant.parse("2026-11-24T06:00:00Z"), Instant.parse("2026-11-27T19:00:00Z"), daysLeft,
                "OPEN".equals(status) ? "OPEN" : "MET", status, null, null, result, appeal);
    }
}
