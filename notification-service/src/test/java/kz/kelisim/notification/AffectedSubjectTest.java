package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AffectedSubjectTest {

    @Test
    @DisplayName("BRN-1: a subject needs at least one of full name, IIN and mobile number")
    void needs_one_way_to_reach_the_subject() {
        assertThat(new AffectedSubject(null, " ", null).problem()).contains("at least one");
        assertThat(new AffectedSubject(null, null, "+7 701 123 45 67").problem()).isNull();
        assertThat(new AffectedSubject(null, "Айгерим Серікқызы", null).problem()).isNull();
    }

    @Test
    @DisplayName("ID-1: an IIN with a wrong check digit is refused, and the problem never quotes it")
    void wrong_iin_is_refused_without_quoting_it() {
        String problem = new AffectedSubject("900515401231", null, null).problem();
        assertThat(problem).contains("check digit").doesNotContain("900515401231");
    }

    @Test
    @DisplayName("Affected subjects never print their data, so they cannot leak into logs")
    void never_prints_personal_data() {
        AffectedSubject s = new AffectedSubject("900515401230", "Aigerim", "+77011234567");
        assertThat(s.toString()).doesNotContain("900515401230").doesNotContain("Aigerim").doesNotContain("7011234567");
        assertThat(s.maskedIin()).isEqualTo("********1230");
    }
}
