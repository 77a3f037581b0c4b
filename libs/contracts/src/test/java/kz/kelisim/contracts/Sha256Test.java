package kz.kelisim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void known_digests_of_utf8_text() {
        // FIPS 180-2 test vector, and a Kazakh word whose bytes are not ASCII.
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("келісім")).hasSize(64).isNotEqualTo(Sha256.hex("келiсiм"));
    }
}
