package kz.kelisim.kit.events;

/**
 * A message on a topic that is not a readable event; the consumer sends it to its dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super("Malformed event: " + reason);
    }
}
