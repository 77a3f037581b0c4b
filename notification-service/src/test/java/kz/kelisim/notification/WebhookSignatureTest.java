package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    @DisplayName("Signs id.timestamp.body with HMAC-SHA256 as the Standard Webhooks reference vector says")
    void matches_the_standard_webhooks_reference_vector() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    @DisplayName("A secret must be whsec_ and base64 of 24 to 64 bytes; generated ones are")
    void secrets_are_checked_and_generated_well() {
        assertThat(WebhookSignature.problemWith(WebhookSignature.newSecret())).isNull();
        assertThat(WebhookSignature.problemWith("secret")).contains("whsec_");
        assertThat(WebhookSignature.problemWith("whsec_c2hvcnQ=")).contains("24 to 64");
        assertThat(WebhookSignature.problemWith("whsec_***")).contains("base64");
    }
}
