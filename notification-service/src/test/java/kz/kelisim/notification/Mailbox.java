package kz.kelisim.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The real SMTP server (GreenMail) the service sends to in tests, on the port the service was given.
 */
final class Mailbox {

    private static GreenMail server;

    private Mailbox() {
    }

    /** Starts the server if it is not running, and returns it. */
    static synchronized GreenMail server() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Mailbox::stop));
        }
        return server;
    }

    /** Takes the server away, so that sending fails until {@link #server()} starts it again. */
    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Messages received so far for one recipient. */
    static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Object part = multipart.getBodyPart(i).getContent();
                    text.append(part instanceof String s ? s : "");
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
