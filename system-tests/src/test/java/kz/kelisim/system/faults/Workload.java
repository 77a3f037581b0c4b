package kz.kelisim.system.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, mixed workload from a few client threads: demo-bank grants consents and checks them,
 * the subjects revoke their own consents, demo-bank and demo-telecom confirm that they stopped, and
 * the subjects object to the activity. Each thread acts for one subject and works only on what it
 * created, so the clients never race each other and every answer can be judged. Operations are
 * spread over {@code pace} when it is given, so a fault lands in the middle of the load.
 */
final class Workload {

    enum Op { GRANT, CHECK, REVOKE, STOP, OBJECT }

    private record Obligation(UUID id, String party) {
    }

    private final Fixture fixture;
    private final Ledger ledger;
    private final Client client;
    private final int total;
    private final int threads;
    private final Duration pace;
    private final int instances;
    private final long seed;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final Map<Op, AtomicInteger> byOp = new LinkedHashMap<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final List<Thread> running = new ArrayList<>();
    private long startNanos;
    private volatile long finishedNanos;

    Workload(Fixture fixture, Ledger ledger, Client client, int total, int threads, Duration pace, int instances) {
        this.fixture = fixture;
        this.ledger = ledger;
        this.client = client;
        this.total = total;
        this.threads = threads;
        this.pace = pace;
        this.instances = instances;
        this.seed = Long.getLong("kelisim.faults.seed", 20261125L);
        for (Op op : Op.values()) {
            byOp.put(op, new AtomicInteger());
        }
    }

    Workload start() {
        startNanos = System.nanoTime();
        List<String> subjects = new ArrayList<>(Auth.SUBJECTS.keySet());
        for (int t = 0; t < threads; t++) {
            String subject = subjects.get(t % subjects.size());
            Random random = new Random(seed + t);
            Thread thread = new Thread(() -> run(subject, random), "fault-load-" + t);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        return this;
    }

    int completed() {
        return completed.get();
    }

    /** From the start of the load to its last answer. */
    Duration took() {
        return Duration.ofNanos(Math.max(0, finishedNanos - startNanos));
    }

    int total() {
        return total;
    }

    Map<Op, AtomicInteger> byOp() {
        return byOp;
    }

    /** Waits until the given share of the operations is done. */
    void awaitProgress(double share, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (completed.get() < share * total) {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a client thread failed", failures.get(0));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the load did not reach " + share + " in " + timeout + ": " + completed.get() + "/" + total);
            }
            Thread.sleep(50);
        }
    }

    /** Waits for every client thread; a thread that died fails the scenario. */
    Duration awaitDone(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : running) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                throw new IllegalStateException("the load did not finish in " + timeout + ": " + completed.get() + "/" + total);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a client thread failed", failures.get(0));
        }
        return Duration.ofNanos(finishedNanos - startNanos);
    }

    private void run(String subject, Random random) {
        String iin = Auth.SUBJECTS.get(subject);
        Deque<UUID> active = new ArrayDeque<>();
        Deque<Obligation> open = new ArrayDeque<>();
        try {
            int i;
            while ((i = next.getAndIncrement()) < total) {
                pace(i);
                Op op = choose(random, active, open);
                byOp.get(op).incrementAndGet();
                int instance = instances == 1 ? 1 : 1 + i % instances;
                switch (op) {
                    case GRANT -> grant(i, subject, iin, instance, active);
                    case CHECK -> check(iin, instance);
                    case REVOKE -> revoke(subject, iin, instance, active.poll(), open);
                    case STOP -> stop(instance, open.poll());
                    case OBJECT -> object(i, subject, iin, instance);
                }
                completed.incrementAndGet();
                finishedNanos = System.nanoTime();
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private void pace(int i) {
        if (pace == null) {
            return;
        }
        long due = startNanos + pace.toNanos() / total * i;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Client.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
        }
    }

    private static Op choose(Random random, Deque<UUID> active, Deque<Obligation> open) {
        int roll = random.nextInt(100);
        Op op = roll < 30 ? Op.GRANT : roll < 50 ? Op.CHECK : roll < 70 ? Op.REVOKE : roll < 85 ? Op.STOP : Op.OBJECT;
        if (op == Op.REVOKE && active.isEmpty()) {
            return Op.GRANT;
        }
        if (op == Op.STOP && open.isEmpty()) {
            return active.isEmpty() ? Op.GRANT : Op.REVOKE;
        }
        return op;
    }

    private void grant(int i, String subject, String iin, int instance, Deque<UUID> active) {
        String key = "fault-" + fixture.suffix + "-grant-" + i;
        var outcome = client.call("grant", "POST", Stack.url(Stack.CONSENT, instance) + "/api/v1/consents",
                fixture.token(Auth.BANK), key, Fixture.grantBody(iin, fixture.purpose));
        if (outcome.acknowledged()) {
            UUID id = UUID.fromString(outcome.body().get("id").asText());
            ledger.grants.put(key, new Ledger.Grant(key, id, iin));
            active.add(id);
        } else if (outcome.abandoned()) {
            ledger.abandonedGrantKeys.add(key);
        } else {
            ledger.unexpected.add("grant " + key + " for " + subject + " answered " + outcome.status() + " " + outcome.body());
        }
    }

    private void check(String iin, int instance) {
        var outcome = client.call("check", "POST", Stack.url(Stack.CONSENT, instance) + "/api/v1/consent-checks",
                fixture.token(Auth.BANK), null, "{\"subjectIin\":\"" + iin + "\",\"purposeCode\":\"" + fixture.purpose + "\"}");
        if (outcome.status() == 200 && outcome.body().has("allowed")) {
            ledger.checks.incrementAndGet();
        } else if (!outcome.abandoned()) {
            ledger.unexpected.add("check for " + iin + " answered " + outcome.status() + " " + outcome.body());
        }
    }

    private void revoke(String subject, String iin, int instance, UUID consentId, Deque<Obligation> open) {
        var outcome = client.call("revoke", "POST", Stack.url(Stack.CONSENT, instance) + "/api/v1/me/consents/" + consentId + "/revocation",
                fixture.token(subject), null, null);
        if (outcome.acknowledged()) {
            Map<String, UUID> byParty = new LinkedHashMap<>();
            for (JsonNode o : outcome.body().path("obligations")) {
                UUID id = UUID.fromString(o.get("id").asText());
                byParty.put(o.get("partyId").asText(), id);
                open.add(new Obligation(id, o.get("partyId").asText()));
            }
            ledger.revocations.put(consentId, new Ledger.Revocation(consentId, iin, byParty));
        } else if (outcome.abandoned()) {
            ledger.abandonedRevocations.add(consentId);
        } else {
            ledger.unexpected.add("revocation of " + consentId + " by " + subject + " answered " + outcome.status() + " " + outcome.body());
        }
    }

    private void stop(int instance, Obligation obligation) {
        String party = obligation.party().equals(Auth.BANK_BIN) ? Auth.BANK : Auth.TELECOM;
        String body = "{\"stoppedAt\":\"" + Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS)
                + "\",\"evidence\":\"Scoring profile removed for fault test " + fixture.suffix + "\"}";
        var outcome = client.call("stop", "POST", Stack.url(Stack.CONSENT, instance) + "/api/v1/obligations/" + obligation.id() + "/stopped",
                fixture.token(party), null, body);
        if (outcome.acknowledged()) {
            ledger.stops.put(obligation.id(), new Ledger.Stop(obligation.id(), obligation.party(), false));
        } else if (outcome.status() == 409 && outcome.uncertain()
                && outcome.type().endsWith("/obligation-already-answered")) {
            // An earlier attempt took effect but its answer was lost: the retry learns it from the conflict.
            ledger.stops.put(obligation.id(), new Ledger.Stop(obligation.id(), obligation.party(), true));
        } else if (outcome.abandoned()) {
            ledger.abandonedStops.add(obligation.id());
        } else {
            ledger.unexpected.add("stop of " + obligation.id() + " by " + party + " answered " + outcome.status() + " " + outcome.body());
        }
    }

    private void object(int i, String subject, String iin, int instance) {
        String key = "fault-" + fixture.suffix + "-objection-" + i;
        String body = "{\"activityId\":\"" + fixture.activityId + "\",\"remedy\":\"HUMAN_REVIEW\","
                + "\"reason\":\"Менің табысым жоғары, шешімді адам қарасын\"}";
        var outcome = client.call("object", "POST", Stack.url(Stack.OBJECTION, instance) + "/api/v1/me/objections",
                fixture.token(subject), key, body);
        if (outcome.acknowledged()) {
            ledger.objections.put(key, new Ledger.Objection(key, UUID.fromString(outcome.body().get("id").asText()), iin));
        } else if (outcome.abandoned()) {
            ledger.abandonedObjectionKeys.add(key);
        } else {
            ledger.unexpected.add("objection " + key + " by " + subject + " answered " + outcome.status() + " " + outcome.body());
        }
    }
}
