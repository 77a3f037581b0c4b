package kz.kelisim.kit.audit;

import java.nio.ByteBuffer;

/**
 * A signed tree head: the log's size, its root hash, when it was signed (milliseconds since the
 * epoch), the key and the ES256 signature (R||S, RFC 7518 §3.4) over {@link #signedBytes}.
 */
public record TreeHead(long treeSize, byte[] rootHash, long timestamp, String keyId, byte[] signature) {

    /**
     * What the signature covers, laid out as RFC 6962 §3.5's TreeHeadSignature: version v1 (0),
     * signature type tree_hash (1), the timestamp and the tree size as big-endian uint64, the root.
     */
    public static byte[] signedBytes(long treeSize, byte[] rootHash, long timestamp) {
        return ByteBuffer.allocate(2 + 8 + 8 + Merkle.HASH_LENGTH)
                .put((byte) 0).put((byte) 1).putLong(timestamp).putLong(treeSize).put(rootHash).array();
    }
}
