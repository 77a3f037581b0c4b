package kz.kelisim.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal. Kazakh, the state language, is the default here; Russian and English
 * live in messages/msg_ru.properties and messages/msg_en.properties, and a test fails when a key
 * is missing from either (LAW.md "Languages").
 */
@MessageBundle(locale = "kk")
public interface PortalMessages {

    @Message("Дербес деректерге келісім")
    String app_title();

    @Message("Негізгі мазмұнға өту")
    String skip_to_content();

    @Message("Негізгі мәзір")
    String nav_label();

    @Message("Басты бет")
    String nav_home();

    @Message("Менің келісімдерім")
    String nav_consents();

    @Message("Хабарламалар")
    String nav_notifications();

    @Message("Тіл")
    String language();

    @Message("Қазақша")
    String language_kk();

    @Message("Русский")
    String language_ru();

    @Message("English")
    String language_en();

    @Message("Шығу")
    String logout();

    @Message("Сәлеметсіз бе, {name}!")
    String greeting(String name);

    @Message("Сіздің рөліңіз: {roles}")
    String your_roles(String roles);

    @Message("Менің келісімдерім")
    String consents_title();

    @Message("Сіз берген келісімдер: кім, қандай мақсатпен және қашанға дейін")
    String consents_caption();

    @Message("Сізде әзірге келісімдер жоқ.")
    String consents_empty();

    @Message("Оператор")
    String col_operator();

    @Message("Мақсат")
    String col_purpose();

    @Message("Берілген уақыты")
    String col_granted();

    @Message("Жарамдылық мерзімі")
    String col_valid_until();

    @Message("Күйі")
    String col_status();

    @Message("Мақсатқа жеткенге дейін")
    String until_purpose_achieved();

    @Message("Белсенді")
    String status_ACTIVE();

    @Message("Мерзімі өтті")
    String status_EXPIRED();

    @Message("Кері қайтарылды")
    String status_REVOKED();

    @Message("Мақсатқа жетті")
    String status_ENDED();

    @Message("Хабарламалар")
    String notifications_title();

    @Message("Сізде хабарламалар жоқ.")
    String notifications_empty();

    @Message("Оқылмаған")
    String unread();

    @Message("Бір нәрсе дұрыс болмады")
    String error_title();

    @Message("Мұндай бет жоқ.")
    String error_not_found();

    @Message("Бұл бетті көруге рұқсатыңыз жоқ.")
    String error_forbidden();

    @Message("Қызмет уақытша қолжетімсіз. Кейінірек қайталап көріңіз.")
    String service_unavailable();
}
