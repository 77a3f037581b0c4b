package kz.kelisim.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The real SMTP server (GreenMail) the service sends to in tests, on the port the service was given.
 *
 * <p>A test names each recipient with {@link #account} before anything is sent to it. GreenMail creates
 * the account of an unknown recipient while it delivers, and a delivery that did so while the test was
 * reading the store once never answered the client: the send hung until the client's 60 s timeout, and
 * the test timed out waiting (GreenMail's account creation on delivery has known concurrency faults).
 * With the account made first, delivery only stores the message.
 */
final class Mailbox {

    private static GreenMail server;
    private static final Set<String> ACCOUNTS = new LinkedHashSet<>();

    private Mailbox() {
    }

    /** Starts the server if it is not running, and returns it. */
    static synchronized GreenMail server() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            ACCOUNTS.forEach(address -> server.setUser(address, address, address));
            Runtime.getRuntime().addShutdownHook(new Thread(Mailbox::stop));
        }
        return server;
    }

    /** Makes the recipient's account, here and on every later start, so delivery creates none. */
    static synchronized String account(String address) {
        ACCOUNTS.add(address);
        server().setUser(address, address, address);
        return address;
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
