package kz.kelisim.kit.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a Merkle tree of {@code size} leaves: one complete subtree hash per set bit of
 * the size, the "compact range" of Trillian and Certificate Transparency. Appending a leaf yields
 * every subtree it completes, which is what the log stores, and the root follows from the edge alone.
 */
public final class CompactRange {

    /** A complete subtree: 2^level leaves from {@code index * 2^level}. */
    public record Node(int level, long index, byte[] hash) {
    }

    private long size;
    /** The edge's subtree hashes, biggest (leftmost) first. */
    private final List<byte[]> edge = new ArrayList<>();

    private CompactRange(long size) {
        this.size = size;
    }

    public static CompactRange empty() {
        return new CompactRange(0);
    }

    /** The edge of a stored tree of {@code size} leaves: O(log size) reads. */
    public static CompactRange of(Merkle.Nodes nodes, long size) {
        CompactRange range = new CompactRange(size);
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size >> level & 1) == 1) {
                range.edge.add(nodes.hash(level, start >> level));
                start += 1L << level;
            }
        }
        return range;
    }

    public long size() {
        return size;
    }

    /** Appends a leaf hash and returns the nodes it completes, the leaf itself first. */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = new ArrayList<>();
        long index = size;
        byte[] hash = leafHash;
        completed.add(new Node(0, index, hash));
        int level = 0;
        while ((index & 1) == 1) {
            hash = Merkle.nodeHash(edge.remove(edge.size() - 1), hash);
            index >>= 1;
            level++;
            completed.add(new Node(level, index, hash));
        }
        edge.add(hash);
        size++;
        return completed;
    }

    /** MTH of the leaves appended so far. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return Merkle.emptyRoot();
        }
        byte[] hash = edge.get(edge.size() - 1);
        for (int i = edge.size() - 2; i >= 0; i--) {
            hash = Merkle.nodeHash(edge.get(i), hash);
        }
        return hash;
    }
}
