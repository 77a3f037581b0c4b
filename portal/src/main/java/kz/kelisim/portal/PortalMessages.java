package kz.kelisim.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Portal texts; Kazakh is the default, Russian and English are in messages/msg_ru and msg_en.
 */
@MessageBundle(locale = "kk")
public interface PortalMessages {

    @Message("Kelisim — дербес деректерге келісім")
    String app_title();

    @Message("Сәлеметсіз бе, {name}!")
    String greeting(String name);

    @Message("Сіздің рөліңіз: {roles}")
    String your_roles(String roles);

    @Message("Шығу")
    String logout();

    @Message("Тіл")
    String language();
}
