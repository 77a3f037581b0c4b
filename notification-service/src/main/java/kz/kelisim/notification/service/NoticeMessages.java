package kz.kelisim.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Notice and e-mail texts. Kazakh is the default (LAW.md "Languages"); Russian and English live in
 * messages/notice_ru.properties and messages/notice_en.properties.
 */
@MessageBundle(value = "notice", locale = "kk")
public interface NoticeMessages {

    @Message("Келісім тіркелді")
    String consent_granted_title();

    @Message("{operator} операторы сіздің дербес деректеріңізді «{purpose}» мақсатында өңдеуге келісіміңізді тіркеді.")
    String consent_granted_body(String operator, String purpose);

    @Message("Келісім мерзімі аяқталуға жақын")
    String consent_expiring_title();

    @Message("{operator} операторына «{purpose}» мақсатында берген келісіміңіз {until} күні аяқталады.")
    String consent_expiring_body(String operator, String purpose, String until);

    @Message("Келісім мерзімі аяқталды")
    String consent_expired_title();

    @Message("{operator} операторына «{purpose}» мақсатында берген келісіміңіздің мерзімі аяқталды. Оператор деректеріңізді бұл мақсатта енді өңдей алмайды.")
    String consent_expired_body(String operator, String purpose);

    @Message("Келісім тоқтатылды")
    String consent_ended_title();

    @Message("{operator} операторы «{purpose}» мақсатына қол жеткізілгенін хабарлады, сондықтан келісіміңіз тоқтатылды.")
    String consent_ended_body(String operator, String purpose);

    @Message("Келісім кері қайтарылды")
    String consent_revoked_title();

    @Message("«{purpose}» мақсатындағы келісімді кері қайтаруыңыз қабылданды. {operator} операторы және деректеріңізді алған әрбір тұлға {due} күнгі сағат 24:00-ге дейін өңдеуді тоқтатуға немесе дәлелді бас тарту беруге міндетті.")
    String consent_revoked_body(String operator, String purpose, String due);

    @Message("Өңдеу тоқтатылды")
    String stop_confirmed_title();

    @Message("{party} деректеріңізді өңдеуді тоқтатқанын растады{#if late} (белгіленген мерзімнен кеш){/if}.")
    String stop_confirmed_body(String party, boolean late);

    @Message("Өңдеуді тоқтатудан бас тартылды")
    String stop_refused_title();

    @Message("{party} өңдеуді тоқтатудан дәлелді түрде бас тартты. Негіз: {law}. Себебі: {reason} Бұл шешімге заңда белгіленген тәртіппен шағым жасай аласыз.")
    String stop_refused_body(String party, String law, String reason);

    @Message("Автоматтандырылған шешім қабылданды")
    String decision_recorded_title();

    @Message("{operator} операторы «{activity}» автоматтандырылған өңдеуі арқылы сізге қатысты шешім қабылдады. Оның қалай жұмыс істейтінін порталдан оқып, қарсылық білдіре аласыз.")
    String decision_recorded_body(String operator, String activity);

    @Message("Қарсылығыңыз қабылданды")
    String objection_received_title();

    @Message("{operator} операторы қарсылығыңызды алды және оны {due} күнгі сағат 24:00-ге дейін қарауға міндетті.")
    String objection_received_body(String operator, String due);

    @Message("Қарсылық қаралды")
    String objection_resolved_title();

    @Message("{operator} операторы қарсылығыңызды қарады: {#if upheld}ол қанағаттандырылды{#else}ол қабылданбады{/if}. {explanation} Нәтижемен келіспесеңіз, уәкілетті органға шағым жасай аласыз.")
    String objection_resolved_body(String operator, boolean upheld, String explanation);

    @Message("Шағым жіберілді")
    String objection_appealed_title();

    @Message("{operator} операторына қатысты шағымыңыз уәкілетті органға жіберілді.")
    String objection_appealed_body(String operator);

    @Message("Шағым бойынша шешім")
    String appeal_decided_title();

    @Message("Уәкілетті орган {operator} операторына қатысты шағымыңызды қарады: {#if upheld}шағым қанағаттандырылды{#else}шағым қабылданбады{/if}. {explanation}")
    String appeal_decided_body(String operator, boolean upheld, String explanation);

    @Message("Мерзім бұзылды")
    String deadline_missed_title();

    @Message("{party} {#if stop}деректеріңізді өңдеуді тоқтату{#else}қарсылығыңызды қарау{/if} мерзімін ({due}) сақтамады. Уәкілетті орган хабардар етілді.")
    String deadline_missed_body(String party, boolean stop, String due);

    @Message("Дербес деректеріңіздің қауіпсіздігі бұзылды")
    String breach_title();

    @Message("{operator} операторы {detected} күні дербес деректеріңіздің қауіпсіздігі бұзылғанын анықтады. Қамтылған деректер: {categories}. Қабылданған шаралар: {measures}{#if contact} Байланыс: {contact}.{/if}")
    String breach_body(String operator, String detected, String categories, String measures, String contact);

    @Message("Бұл хабарлама Kelisim порталындағы хабарламалар жәшігіңізде де бар.")
    String mail_footer();
}
