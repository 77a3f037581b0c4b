package kz.kelisim.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tree heads are signed with the configured key, verify only with a key of this log, and survive a key change. */
class TreeHeadSignerTest {

    private static KeyPair pair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static TreeHeadSigner signer(KeyPair pair, KeyPair... retired) {
        return new TreeHeadSigner(Optional.of(b64(pair.getPrivate().getEncoded())), Optional.of(b64(pair.getPublic().getEncoded())),
                Optional.of(java.util.Arrays.stream(retired).map(k -> b64(k.getPublic().getEncoded())).toList()));
    }

    @Test
    void a_head_verifies_only_as_signed() throws Exception {
        TreeHeadSigner signer = signer(pair());
        byte[] root = Merkle.leafHash(new byte[] {1});
        TreeHead head = signer.sign(7, root, 1_700_000_000_000L);
        assertThat(signer.verify(head)).isTrue();
        assertThat(signer.verify(new TreeHead(8, root, head.timestamp(), head.keyId(), head.signature()))).isFalse();
        assertThat(signer.verify(new TreeHead(7, Merkle.emptyRoot(), head.timestamp(), head.keyId(), head.signature()))).isFalse();
        assertThat(signer.verify(new TreeHead(7, root, head.timestamp() + 1, head.keyId(), head.signature()))).isFalse();
        assertThat(signer(pair()).verify(head)).as("another service's key").isFalse();
    }

    @Test
    void heads_signed_before_a_key_change_verify_with_the_retired_key_and_the_jwks_lists_both() throws Exception {
        KeyPair old = pair();
        TreeHead earlier = signer(old).sign(3, Merkle.emptyRoot(), 1_700_000_000_000L);
        KeyPair current = pair();
        assertThat(signer(current).verify(earlier)).as("without the retired key").isFalse();
        TreeHeadSigner rotated = signer(current, old);
        assertThat(rotated.verify(earlier)).isTrue();
        TreeHead later = rotated.sign(4, Merkle.emptyRoot(), 1_700_000_001_000L);
        assertThat(later.keyId()).isNotEqualTo(earlier.keyId()).isEqualTo(rotated.kid());
        List<Map<String, Object>> jwks = rotated.publicJwks();
        assertThat(jwks).extracting(k -> k.get("kid")).containsExactly(later.keyId(), earlier.keyId());
        assertThat(jwks).extracting(k -> k.get("alg")).containsOnly("ES256");
    }

    @Test
    void without_a_key_nothing_is_signed_and_half_a_pair_is_refused() throws Exception {
        TreeHeadSigner none = new TreeHeadSigner(Optional.empty(), Optional.empty());
        assertThat(none.configured()).isFalse();
        assertThat(none.publicJwks()).isEmpty();
        assertThatThrownBy(() -> none.sign(0, Merkle.emptyRoot(), 0)).isInstanceOf(IllegalStateException.class);
        KeyPair pair = pair();
        assertThatThrownBy(() -> new TreeHeadSigner(Optional.of(b64(pair.getPrivate().getEncoded())), Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
    }
}
