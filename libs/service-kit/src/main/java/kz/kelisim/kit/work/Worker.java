package kz.kelisim.kit.work;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A named daemon thread for a service's background loop (the outbox relay, the webhook sender): it
 * is started and stopped with the application, and between rounds it pauses until its interval
 * passes or someone wakes it.
 */
public final class Worker {

    private final String name;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public Worker(String name) {
        this.name = name;
    }

    public void start(Runnable loop) {
        running = true;
        thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the loop: it sees {@link #running()} false, and a pause in progress is interrupted. */
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    public boolean running() {
        return running;
    }

    /** Ends the current or next pause early; several wake-ups before it count as one. */
    public void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Waits up to {@code millis} or until woken; false when the thread was interrupted, so the loop should end. */
    public boolean pause(long millis) {
        try {
            wakeUps.tryAcquire(millis, TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
