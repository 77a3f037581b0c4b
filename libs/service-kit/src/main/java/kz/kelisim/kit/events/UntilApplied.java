package kz.kelisim.kit.events;

import kz.kelisim.kit.problem.Failures;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event, waiting out a database outage instead of dead-lettering a good event:
 * while the database is unreachable the effect is retried with backoff (holding the partition, so
 * order is kept); an unreadable event or any other failure still goes to the dead-letter topic.
 * Once the application is stopping it stops retrying: the failure strategy then leaves the event
 * for redelivery after the restart ({@link DeadLetterUnlessStopping}).
 */
public final class UntilApplied {

    private static final Logger LOG = Logger.getLogger(UntilApplied.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private UntilApplied() {
    }

    public static void run(String consumer, Runnable effect) {
        long backoff = 200;
        while (true) {
            try {
                effect.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.databaseUnreachable(e) || Stopping.now()) {
                    throw e;
                }
                LOG.warnf("%s: database unreachable, retrying the event in %d ms", consumer, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }
}
