package kz.kelisim.kit.limits;

/**
 * A token bucket: holds up to {@code burst} requests and refills at {@code perSecond}. Each request
 * takes one token; with none left the caller learns how long until the next one.
 */
final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updatedNanos;

    TokenBucket(double perSecond, double burst, long nowNanos) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedNanos = nowNanos;
    }

    /** Takes a token: 0 when the request may go on, otherwise the nanoseconds until a token is back. */
    synchronized long take(long nowNanos) {
        return take(nowNanos, 1);
    }

    /**
     * Takes {@code cost} tokens at once, or none: 0 when the request may go on, otherwise the nanoseconds
     * until that many are back. A cost above the burst could never be paid; the caller keeps it below.
     */
    synchronized long take(long nowNanos, int cost) {
        refill(nowNanos);
        if (tokens >= cost) {
            tokens -= cost;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((cost - tokens) / perSecond * 1e9));
    }

    /** A bucket that has refilled to the top is the same as a new one and can be forgotten. */
    synchronized boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= burst;
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed / 1e9 * perSecond);
            updatedNanos = nowNanos;
        }
    }
}
