package kz.kelisim.kit.problem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every throwable behind a failure: its causes and also its suppressed exceptions. The transaction
 * manager reports a failed commit as a RollbackException (or HeuristicMixedException) without a
 * cause; the driver's error, say SQLSTATE 57P01 when PostgreSQL ends the session in the middle of
 * COMMIT, is only among its suppressed exceptions. Looking at causes alone misses it.
 */
final class Causes {

    private Causes() {
    }

    /** The failure itself first, then what lies behind it, each throwable once. */
    static List<Throwable> of(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            Collections.addAll(pending, t.getSuppressed());
        }
        return all;
    }
}
