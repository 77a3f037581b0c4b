package kz.kelisim.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes the audit tree from the leaf rows alone and checks it against every signed head. A
 * leaf whose content no longer gives its stored hash, or an index with no leaf, is named exactly.
 * Where someone also rewrote the stored hashes, the first head whose root no longer matches (or
 * whose signature fails) names the first index of its batch: the leaves the key vouched for before
 * that head are unchanged.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditTree tree;
    private final TreeHeadSigner signer;
    private final EntityManager em;

    public AuditVerifier(AuditTree tree, TreeHeadSigner signer, EntityManager em) {
        this.tree = tree;
        this.signer = signer;
        this.em = em;
    }

    @Transactional
    public AuditLog.Verification verify() {
        Optional<TreeHead> latest = tree.latestHead();
        if (latest.isEmpty()) {
            return new AuditLog.Verification(true, 0, 0, null, null);
        }
        long size = latest.get().treeSize();
        Heads heads = new Heads();
        CompactRange range = CompactRange.empty();
        long vouchedUpTo = 0;
        String headProblem = heads.check(range, signer);
        if (headProblem != null) {
            return broken(0, size, 0, headProblem);
        }
        long index = 0;
        while (index < size) {
            List<AuditTree.IndexedLeaf> page = tree.leaves(index, Math.min(index + PAGE, size), null);
            if (page.isEmpty()) {
                return broken(index, size, index, "no leaf at index " + index);
            }
            for (AuditTree.IndexedLeaf leaf : page) {
                if (leaf.index() != index) {
                    return broken(index, size, index, "no leaf at index " + index);
                }
                byte[] hash = leaf.entry().leafHash();
                if (leaf.storedHash() == null || !Arrays.equals(hash, leaf.storedHash())) {
                    return broken(index, size, index, "the leaf at index " + index + " does not give its stored hash");
                }
                range.append(hash);
                index++;
                headProblem = heads.check(range, signer);
                if (headProblem != null) {
                    return broken(vouchedUpTo, size, index, headProblem);
                }
                if (heads.lastChecked == index) {
                    vouchedUpTo = index;
                }
            }
            em.clear();
        }
        return new AuditLog.Verification(true, size, size, null, null);
    }

    private static AuditLog.Verification broken(long at, long size, long checked, String problem) {
        return new AuditLog.Verification(false, checked, size, at, problem);
    }

    /** The signed heads in size order, read a page at a time as the recomputed tree reaches them. */
    private final class Heads {
        private final Deque<TreeHead> page = new ArrayDeque<>();
        private long nextFrom;
        private boolean exhausted;
        long lastChecked = -1;

        private TreeHead peek() {
            if (page.isEmpty() && !exhausted) {
                List<TreeHead> next = tree.headsFrom(nextFrom, PAGE);
                exhausted = next.size() < PAGE;
                page.addAll(next);
                if (!next.isEmpty()) {
                    nextFrom = next.get(next.size() - 1).treeSize() + 1;
                }
            }
            return page.peek();
        }

        /** Checks the head of the recomputed tree's size, if there is one; returns what is wrong with it, or null. */
        String check(CompactRange range, TreeHeadSigner signer) {
            TreeHead head = peek();
            if (head == null || head.treeSize() != range.size()) {
                return null;
            }
            page.poll();
            lastChecked = head.treeSize();
            if (!signer.verify(head)) {
                return "the tree head of size " + head.treeSize() + " is not signed by this service's key";
            }
            if (!Arrays.equals(head.rootHash(), range.root())) {
                return "the leaves do not give the signed root of the tree head of size " + head.treeSize();
            }
            return null;
        }
    }
}
