package kz.kelisim.kit.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree math of RFC 9162 §2.1, with no framework: leaf and node hashes, the tree head
 * MTH, inclusion and consistency proofs, and their verifiers (§2.1.3.2, §2.1.4.2). The tree is read
 * through {@link Nodes}, which answers the hash of a complete subtree, so the root, a proof or a
 * verification costs O(log n) node reads whatever the tree size.
 */
public final class Merkle {

    /** The length of every hash, SHA-256. */
    public static final int HASH_LENGTH = 32;

    private Merkle() {
    }

    /**
     * The stored tree: the hash of the complete subtree at {@code level} (2^level leaves) and
     * {@code index}, which covers leaves {@code [index * 2^level, (index + 1) * 2^level)}. Level 0
     * holds the leaf hashes.
     */
    @FunctionalInterface
    public interface Nodes {
        byte[] hash(int level, long index);
    }

    /** SHA-256(0x00 || leaf): the hash of one leaf. */
    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(leaf);
        return sha.digest();
    }

    /** SHA-256(0x01 || left || right): the hash of an interior node. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** MTH({}) = SHA-256(""), the root of the empty tree. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** MTH(D[size]), the root of the first {@code size} leaves. */
    public static byte[] root(Nodes nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        return size == 0 ? emptyRoot() : range(nodes, 0, size);
    }

    /**
     * MTH(D[start:end]) for a range the RFC's recursion produces: {@code start} is a multiple of the
     * largest power of two not above {@code end - start}. It folds the complete subtrees of the range
     * from the right, one read per set bit of its size.
     */
    static byte[] range(Nodes nodes, long start, long end) {
        long size = end - start;
        byte[] hash = null;
        long right = end;
        for (int level = 0; size >> level != 0; level++) {
            if ((size >> level & 1) == 1) {
                right -= 1L << level;
                byte[] subtree = nodes.hash(level, right >> level);
                hash = hash == null ? subtree : nodeHash(subtree, hash);
            }
        }
        return hash;
    }

    /** The largest power of two smaller than {@code n}, for n > 1 (RFC 9162 §2.1.1's k). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf {@code index}, from the leaf up. */
    public static List<byte[]> inclusionProof(Nodes nodes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index must be in [0, size)");
        }
        List<byte[]> path = new ArrayList<>();
        inclusion(nodes, index, 0, size, path);
        return path;
    }

    private static void inclusion(Nodes nodes, long m, long start, long end, List<byte[]> path) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            inclusion(nodes, m, start, start + k, path);
            path.add(range(nodes, start + k, end));
        } else {
            inclusion(nodes, m - k, start + k, end, path);
            path.add(range(nodes, start, start + k));
        }
    }

    /** PROOF(m, D[n]) of RFC 9162 §2.1.4.1: proves the tree of {@code first} leaves is a prefix of {@code second}. */
    public static List<byte[]> consistencyProof(Nodes nodes, long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("first must be in [0, second]");
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(nodes, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void subproof(Nodes nodes, long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(range(nodes, start, end));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(nodes, m, start, start + k, whole, proof);
            proof.add(range(nodes, start + k, end));
        } else {
            subproof(nodes, m - k, start + k, end, false, proof);
            proof.add(range(nodes, start, start + k));
        }
    }

    /** RFC 9162 §2.1.3.2: true when {@code path} proves leaf {@code index} with this hash is in the tree with this root. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 §2.1.4.2: true when {@code proof} shows the tree of {@code first} leaves and root
     * {@code firstRoot} is a prefix of the tree of {@code second} leaves and root {@code secondRoot}.
     * The RFC covers 0 &lt; first &lt; second; equal sizes need an empty proof and equal roots, and
     * the empty tree is a prefix of every tree.
     */
    public static boolean verifyConsistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && Arrays.equals(firstRoot, emptyRoot());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstRoot);
        }
        path.addAll(proof);
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
