package kz.kelisim.notification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * The address ranges a webhook may not reach, because they lead into Kelisim's own network rather than
 * to an operator's public endpoint (SSRF). IPv6 forms that carry an IPv4 address (IPv4-mapped
 * {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96} and 6to4
 * {@code 2002::/16}) are judged by the IPv4 address they carry.
 */
public enum WebhookAddressRange {
    LOOPBACK("a loopback address"),
    PRIVATE("a private address (RFC 1918)"),
    LINK_LOCAL("a link-local address"),
    SHARED("a carrier-grade NAT address (RFC 6598)"),
    UNIQUE_LOCAL("a unique local address (RFC 4193)"),
    SITE_LOCAL("a site-local address"),
    MULTICAST("a multicast address"),
    UNSPECIFIED("an unspecified address"),
    RESERVED("a reserved address");

    private final String description;

    WebhookAddressRange(String description) {
        this.description = description;
    }

    /** What the range is, in words for the owner of a webhook: "a private address (RFC 1918)". */
    public String description() {
        return description;
    }

    /** The refused range the address lies in, or empty for a public address. */
    public static Optional<WebhookAddressRange> of(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ofIpv4(b, 0);
        }
        if (address instanceof Inet6Address) {
            return ofIpv6(b);
        }
        return Optional.of(RESERVED);
    }

    private static Optional<WebhookAddressRange> ofIpv4(byte[] b, int at) {
        int a0 = b[at] & 0xff;
        int a1 = b[at + 1] & 0xff;
        if (a0 == 0) {
            return Optional.of(UNSPECIFIED);       // 0.0.0.0/8, "this network"
        }
        if (a0 == 127) {
            return Optional.of(LOOPBACK);          // 127.0.0.0/8
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of(PRIVATE);           // 10/8, 172.16/12, 192.168/16
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of(LINK_LOCAL);        // 169.254/16, where cloud metadata services answer
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of(SHARED);            // 100.64/10
        }
        if ((a0 & 0xf0) == 224) {
            return Optional.of(MULTICAST);         // 224/4
        }
        if ((a0 & 0xf0) == 240) {
            return Optional.of(RESERVED);          // 240/4 and the broadcast address
        }
        return Optional.empty();
    }

    private static Optional<WebhookAddressRange> ofIpv6(byte[] b) {
        if (zero(b, 0, 16)) {
            return Optional.of(UNSPECIFIED);       // ::
        }
        if (zero(b, 0, 15) && b[15] == 1) {
            return Optional.of(LOOPBACK);          // ::1
        }
        if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ofIpv4(b, 12);                  // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (zero(b, 0, 12)) {
            // ::a.b.c.d, IPv4-compatible (deprecated): a refused IPv4 address names its range, the rest is reserved.
            return ofIpv4(b, 12).filter(r -> r != UNSPECIFIED).or(() -> Optional.of(RESERVED));
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return ofIpv4(b, 12);                  // 64:ff9b::/96, NAT64 translates to the IPv4 address
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return ofIpv4(b, 2);                   // 2002::/16, 6to4 relays reach the IPv4 address
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of(LINK_LOCAL);        // fe80::/10
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of(SITE_LOCAL);        // fec0::/10 (deprecated)
        }
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of(UNIQUE_LOCAL);      // fc00::/7
        }
        if (b0 == 0xff) {
            return Optional.of(MULTICAST);         // ff00::/8
        }
        return Optional.empty();
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
