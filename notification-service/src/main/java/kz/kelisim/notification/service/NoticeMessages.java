package kz.kelisim.notification.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Notice texts. Kazakh is the default (LAW.md "Languages"); Russian and English live in
 * messages/notice_ru.properties and messages/notice_en.properties.
 */
@MessageBundle(value = "notice", locale = "kk")
public interface NoticeMessages {

    @Message("Келісім тіркелді")
    String consent_granted_title();

    @Message("{operator} операторы сіздің дербес деректеріңізді «{purpose}» мақсатында өңдеуге келісіміңізді тіркеді.")
    String consent_granted_body(String operator, String purpose);
}
