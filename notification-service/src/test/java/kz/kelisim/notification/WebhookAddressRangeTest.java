package kz.kelisim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which addresses a webhook may not reach (SSRF), at the edges of every range, in IPv4, IPv6 and the
 * IPv6 forms that carry an IPv4 address.
 */
class WebhookAddressRangeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("Every refused range is recognised, up to its edges, and the addresses beside it are public")
    @CsvSource({
            // IPv4
            "0.0.0.0, UNSPECIFIED", "0.255.255.255, UNSPECIFIED", "1.0.0.0, PUBLIC",
            "127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "126.255.255.255, PUBLIC", "128.0.0.0, PUBLIC",
            "10.0.0.0, PRIVATE", "10.255.255.255, PRIVATE", "9.255.255.255, PUBLIC", "11.0.0.0, PUBLIC",
            "172.16.0.0, PRIVATE", "172.31.255.255, PRIVATE", "172.15.255.255, PUBLIC", "172.32.0.0, PUBLIC",
            "192.168.0.0, PRIVATE", "192.168.255.255, PRIVATE", "192.167.255.255, PUBLIC", "192.169.0.0, PUBLIC",
            "169.254.0.0, LINK_LOCAL", "169.254.169.254, LINK_LOCAL", "169.253.255.255, PUBLIC", "169.255.0.0, PUBLIC",
            "100.64.0.0, SHARED", "100.127.255.255, SHARED", "100.63.255.255, PUBLIC", "100.128.0.0, PUBLIC",
            "224.0.0.1, MULTICAST", "239.255.255.255, MULTICAST", "223.255.255.255, PUBLIC",
            "240.0.0.1, RESERVED", "255.255.255.255, RESERVED",
            "8.8.8.8, PUBLIC", "93.184.215.14, PUBLIC",
            // IPv6
            "::, UNSPECIFIED", "::1, LOOPBACK", "::2, RESERVED",
            "fe80::1, LINK_LOCAL", "febf:ffff::1, LINK_LOCAL", "fe7f::1, PUBLIC",
            "fec0::1, SITE_LOCAL", "feff::1, SITE_LOCAL",
            "fc00::1, UNIQUE_LOCAL", "fd12:3456:789a::1, UNIQUE_LOCAL", "fbff::1, PUBLIC",
            "ff02::1, MULTICAST", "ff0e::1, MULTICAST",
            "2001:4860:4860::8888, PUBLIC", "2a00:1450:4001::1, PUBLIC",
            // IPv6 carrying an IPv4 address: NAT64 and 6to4 reach it, so it decides.
            "64:ff9b::10.0.0.5, PRIVATE", "64:ff9b::127.0.0.1, LOOPBACK", "64:ff9b::8.8.8.8, PUBLIC",
            "2002:a00:5::1, PRIVATE", "2002:a9fe:a9fe::1, LINK_LOCAL", "2002:808:808::1, PUBLIC",
            "::10.0.0.5, PRIVATE", "::8.8.8.8, RESERVED"
    })
    void ranges(String address, String expected) throws UnknownHostException {
        assertThat(WebhookAddressRange.of(InetAddress.getByName(address)).map(Enum::name).orElse("PUBLIC")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "::ffff:{0} is {1}")
    @DisplayName("An IPv4-mapped IPv6 address is judged by the IPv4 address it carries, kept as IPv6 or not")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "10.0.0.5, PRIVATE", "172.16.3.4, PRIVATE", "192.168.1.1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "100.64.0.1, SHARED", "224.0.0.1, MULTICAST", "0.0.0.0, UNSPECIFIED",
            "8.8.8.8, PUBLIC"
    })
    void ipv4_mapped(String ipv4, String expected) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        // Java reads the literal ::ffff:a.b.c.d as an IPv4 address; built from bytes it stays IPv6.
        InetAddress asParsed = InetAddress.getByName("::ffff:" + ipv4);
        Inet6Address asIpv6 = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(asParsed).isInstanceOf(Inet4Address.class);
        assertThat(WebhookAddressRange.of(asParsed).map(Enum::name).orElse("PUBLIC")).isEqualTo(expected);
        assertThat(WebhookAddressRange.of(asIpv6).map(Enum::name).orElse("PUBLIC")).isEqualTo(expected);
    }

    @Test
    @DisplayName("Each range tells the owner what it is in words")
    void descriptions() {
        assertThat(WebhookAddressRange.PRIVATE.description()).isEqualTo("a private address (RFC 1918)");
        assertThat(WebhookAddressRange.LOOPBACK.description()).isEqualTo("a loopback address");
        assertThat(WebhookAddressRange.values()).allSatisfy(r -> assertThat(r.description()).matches("an? [A-Za-z -]+ address( \\(RFC \\d+\\))?"));
    }
}
