package kz.kelisim.portal.consents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kelisim.portal.clients.ConsentSummary;

/**
 * The consents a signed-in subject sees, split by whose they are: their own, and those of each person
 * they act for as legal representative (PDL-8.7), so no page mixes one person's data with another's.
 *
 * @param own    the signed-in subject's own consents
 * @param others one group per represented person, in the order the service listed them
 */
public record HeldConsents(List<ConsentSummary> own, List<Represented> others) {

    /** The consents of one person the signed-in subject represents, and on what ground. */
    public record Represented(String subjectIin, ConsentSummary.Representative representative, List<ConsentSummary> consents) {
    }

    public static HeldConsents split(List<ConsentSummary> all, String myIin) {
        List<ConsentSummary> own = new ArrayList<>();
        Map<String, List<ConsentSummary>> held = new LinkedHashMap<>();
        for (ConsentSummary c : all) {
            if (c.heldFor(myIin)) {
                held.computeIfAbsent(c.subjectIin(), k -> new ArrayList<>()).add(c);
            } else {
                own.add(c);
            }
        }
        List<Represented> others = held.entrySet().stream()
                .map(e -> new Represented(e.getKey(), e.getValue().get(0).representative(), e.getValue())).toList();
        return new HeldConsents(own, others);
    }

    public boolean isEmpty() {
        return own.isEmpty() && others.isEmpty();
    }
}
