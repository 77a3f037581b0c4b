package kz.kelisim.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 9162 §2.1 against the RFC 6962 test vectors of Certificate Transparency and a naive recursive tree. */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The eight leaves of the Certificate Transparency test data. */
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    /** MTH of the first 1..8 of those leaves. */
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    /** A tree kept in memory the way the log stores it: every complete subtree by (level, index). */
    private static final class Stored implements Merkle.Nodes {
        final Map<String, byte[]> nodes = new HashMap<>();
        final CompactRange range = CompactRange.empty();
        final List<byte[]> leafHashes = new ArrayList<>();

        void add(byte[] leaf) {
            byte[] hash = Merkle.leafHash(leaf);
            leafHashes.add(hash);
            for (CompactRange.Node n : range.append(hash)) {
                nodes.put(n.level() + "/" + n.index(), n.hash());
            }
        }

        @Override
        public byte[] hash(int level, long index) {
            byte[] hash = nodes.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalArgumentException("no complete subtree " + level + "/" + index);
            }
            return hash;
        }
    }

    private static Stored vectors() {
        Stored tree = new Stored();
        LEAVES.forEach(leaf -> tree.add(HEX.parseHex(leaf)));
        return tree;
    }

    private static Stored random(int size, long seed) {
        Random random = new Random(seed);
        Stored tree = new Stored();
        for (int i = 0; i < size; i++) {
            byte[] leaf = new byte[random.nextInt(40)];
            random.nextBytes(leaf);
            tree.add(leaf);
        }
        return tree;
    }

    // The RFC's definitions, written as plainly as it states them, over a list of leaf hashes.

    private static byte[] naiveRoot(List<byte[]> d) {
        if (d.isEmpty()) {
            return Merkle.emptyRoot();
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return Merkle.nodeHash(naiveRoot(d.subList(0, k)), naiveRoot(d.subList(k, d.size())));
    }

    private static List<byte[]> naivePath(int m, List<byte[]> d) {
        List<byte[]> path = new ArrayList<>();
        if (d.size() <= 1) {
            return path;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            path.addAll(naivePath(m, d.subList(0, k)));
            path.add(naiveRoot(d.subList(k, d.size())));
        } else {
            path.addAll(naivePath(m - k, d.subList(k, d.size())));
            path.add(naiveRoot(d.subList(0, k)));
        }
        return path;
    }

    private static List<byte[]> naiveSubproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> proof = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                proof.add(naiveRoot(d));
            }
            return proof;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            proof.addAll(naiveSubproof(m, d.subList(0, k), b));
            proof.add(naiveRoot(d.subList(k, d.size())));
        } else {
            proof.addAll(naiveSubproof(m - k, d.subList(k, d.size()), false));
            proof.add(naiveRoot(d.subList(0, k)));
        }
        return proof;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    @Test
    void the_empty_tree_hashes_to_sha256_of_nothing() {
        assertThat(HEX.formatHex(Merkle.root(vectors(), 0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leaf_and_node_hashes_are_domain_separated_as_rfc_9162_says() {
        assertThat(HEX.formatHex(Merkle.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        byte[] left = Merkle.leafHash(new byte[0]);
        byte[] right = Merkle.leafHash(new byte[] {0});
        assertThat(HEX.formatHex(Merkle.nodeHash(left, right))).isEqualTo(ROOTS.get(1));
        assertThat(Merkle.nodeHash(left, right)).isNotEqualTo(Merkle.nodeHash(right, left));
    }

    @Test
    void roots_of_the_first_one_to_eight_leaves_match_the_certificate_transparency_vectors() {
        Stored tree = vectors();
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(Merkle.root(tree, size))).as("size %d", size).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void the_compact_range_root_is_the_tree_head_at_every_size() {
        Stored tree = new Stored();
        for (int size = 1; size <= 8; size++) {
            tree.add(HEX.parseHex(LEAVES.get(size - 1)));
            assertThat(HEX.formatHex(tree.range.root())).isEqualTo(ROOTS.get(size - 1));
            assertThat(HEX.formatHex(CompactRange.of(tree, size).root())).isEqualTo(ROOTS.get(size - 1));
        }
    }

    @Test
    void inclusion_proofs_match_the_certificate_transparency_vectors() {
        Stored tree = vectors();
        assertThat(Merkle.inclusionProof(tree, 0, 1)).isEmpty();
        assertThat(hex(Merkle.inclusionProof(tree, 0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(Merkle.inclusionProof(tree, 5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(Merkle.inclusionProof(tree, 2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(Merkle.inclusionProof(tree, 1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void consistency_proofs_match_the_certificate_transparency_vectors() {
        Stored tree = vectors();
        assertThat(hex(Merkle.consistencyProof(tree, 1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(Merkle.consistencyProof(tree, 6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(Merkle.consistencyProof(tree, 2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(Merkle.consistencyProof(tree, 4, 4)).isEmpty();
    }

    @Test
    void every_inclusion_proof_up_to_eight_leaves_verifies_and_fails_for_any_other_leaf_index_or_root() {
        Stored tree = vectors();
        for (int size = 1; size <= 8; size++) {
            byte[] root = Merkle.root(tree, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = Merkle.inclusionProof(tree, index, size);
                byte[] leaf = tree.leafHashes.get(index);
                assertThat(Merkle.verifyInclusion(leaf, index, size, path, root)).as("%d in %d", index, size).isTrue();
                byte[] otherLeaf = tree.leafHashes.get((index + 1) % 8);
                assertThat(Merkle.verifyInclusion(otherLeaf, index, size, path, root)).isFalse();
                assertThat(Merkle.verifyInclusion(leaf, index, size, path, Merkle.root(tree, size % 8 + 1))).isFalse();
                if (size < 8) {
                    assertThat(Merkle.verifyInclusion(leaf, index, size + 1, path, Merkle.root(tree, size + 1))).isFalse();
                }
                if (size > 1) {
                    assertThat(Merkle.verifyInclusion(leaf, (index + 1) % size, size, path, root)).isFalse();
                    assertThat(Merkle.verifyInclusion(leaf, index, size, path.subList(0, path.size() - 1), root)).isFalse();
                }
                List<byte[]> longer = new ArrayList<>(path);
                longer.add(root);
                assertThat(Merkle.verifyInclusion(leaf, index, size, longer, root)).isFalse();
            }
        }
    }

    @Test
    void every_consistency_proof_up_to_eight_leaves_verifies_and_fails_for_other_sizes_or_roots() {
        Stored tree = vectors();
        for (int second = 1; second <= 8; second++) {
            for (int first = 0; first <= second; first++) {
                List<byte[]> proof = Merkle.consistencyProof(tree, first, second);
                byte[] firstRoot = Merkle.root(tree, first);
                byte[] secondRoot = Merkle.root(tree, second);
                assertThat(Merkle.verifyConsistency(first, second, proof, firstRoot, secondRoot))
                        .as("%d to %d", first, second).isTrue();
                if (first > 0 && first < second) {
                    assertThat(Merkle.verifyConsistency(first, second, proof, secondRoot, secondRoot)).isFalse();
                    assertThat(Merkle.verifyConsistency(first, second, proof, firstRoot, firstRoot)).isFalse();
                    assertThat(Merkle.verifyConsistency(first, second, List.of(), firstRoot, secondRoot)).isFalse();
                    if (second < 8) {
                        assertThat(Merkle.verifyConsistency(first, second + 1, proof, firstRoot, Merkle.root(tree, second + 1)))
                                .isFalse();
                    }
                    List<byte[]> changed = new ArrayList<>(proof);
                    changed.set(0, Merkle.leafHash(new byte[] {42}));
                    assertThat(Merkle.verifyConsistency(first, second, changed, firstRoot, secondRoot)).isFalse();
                }
            }
        }
    }

    @Test
    void a_large_random_tree_agrees_with_the_naive_recursive_definitions() {
        int size = 1337;
        Stored tree = random(size, 20261202L);
        Random pick = new Random(7);
        assertThat(Merkle.root(tree, size)).isEqualTo(naiveRoot(tree.leafHashes));
        for (int round = 0; round < 60; round++) {
            int n = 1 + pick.nextInt(size);
            int m = pick.nextInt(n);
            List<byte[]> prefix = tree.leafHashes.subList(0, n);
            byte[] root = naiveRoot(prefix);
            assertThat(Merkle.root(tree, n)).isEqualTo(root);
            List<byte[]> path = Merkle.inclusionProof(tree, m, n);
            assertThat(hex(path)).isEqualTo(hex(naivePath(m, prefix)));
            assertThat(Merkle.verifyInclusion(tree.leafHashes.get(m), m, n, path, root)).isTrue();
            int first = 1 + pick.nextInt(n);
            List<byte[]> proof = Merkle.consistencyProof(tree, first, n);
            assertThat(hex(proof)).isEqualTo(first == n ? List.of() : hex(naiveSubproof(first, prefix, true)));
            assertThat(Merkle.verifyConsistency(first, n, proof, naiveRoot(tree.leafHashes.subList(0, first)), root)).isTrue();
        }
    }
}
