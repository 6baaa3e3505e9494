package org.civicportal.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies the operator trusts (PORTAL_TRUSTED_PROXIES: addresses and CIDR ranges, IPv4 and IPv6), and
 * what their X-Forwarded-For and X-Forwarded-Proto headers may be believed to say. Anyone can send those headers,
 * so they count only when the connection itself comes from a trusted proxy; the client is then the right-most
 * address in X-Forwarded-For that is not a trusted proxy (each proxy appends the peer it saw: everything left of
 * the first untrusted hop was written by that hop and may be invented), as RFC 7239 section 5.2 describes for
 * the standard Forwarded header.
 * <p>Only address literals are read, never host names: parsing never looks anything up in DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(" + IPV4.pattern() + "):\\d{1,5}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    /** More hops than any real chain of proxies: a longer header is read only this far from the right. */
    private static final int MAX_HOPS = 20;
    /** Characters of one header read, from its right end: far more than {@link #MAX_HOPS} entries take. */
    private static final int MAX_HEADER = 4096;

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * The setting's value: entries separated by commas or white space, each an address or address/prefix.
     *
     * @throws IllegalArgumentException naming the entry that is not an address literal or a valid range, so a
     *         typing mistake stops the start rather than trusting the wrong machine or none
     */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        var ranges = new ArrayList<Range>();
        for (var entry : setting.strip().split("[,\\s]+")) {
            ranges.add(Range.parse(entry));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether this literal address (as a servlet container reports the peer) is one of the trusted proxies. */
    public boolean trusts(String address) {
        return !ranges.isEmpty() && literal(address).map(this::trusts).orElse(false);
    }

    private boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client's address: the peer itself unless the peer is trusted; then the right-most X-Forwarded-For
     * entry that is not a trusted proxy. Walking from the right stops at a malformed entry (the hop that wrote it
     * is then the last one known), and if every entry is trusted the left-most one is the client.
     *
     * @param forwardedFor every X-Forwarded-For header in the order received (each a comma-separated list)
     */
    public String client(String peer, List<String> forwardedFor) {
        if (!trusts(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        var hops = hops(forwardedFor);
        var client = peer;
        for (int i = hops.size() - 1, read = 0; i >= 0 && read < MAX_HOPS; i--, read++) {
            var hop = hop(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                return client;
            }
        }
        return client;
    }

    /**
     * Whether the client reached the trusted proxy over https: the right-most X-Forwarded-Proto value (the one
     * the proxy next to us set), from a trusted peer only.
     */
    public boolean forwardedHttps(String peer, List<String> forwardedProto) {
        if (!trusts(peer) || forwardedProto.isEmpty()) {
            return false;
        }
        var values = hops(forwardedProto);
        return !values.isEmpty() && "https".equalsIgnoreCase(values.get(values.size() - 1));
    }

    /**
     * Every header's comma-separated values, in order, trimmed. Of a header longer than {@value #MAX_HEADER} characters
     * only its right end is read (from the first whole entry there): the entries that count are the right-most ones
     * a proxy appended, and dropping the whole header would make anyone sending a long one look like the proxy.
     */
    private static List<String> hops(List<String> headers) {
        var hops = new ArrayList<String>();
        for (var header : headers) {
            if (header == null) {
                continue;
            }
            if (header.length() > MAX_HEADER) {
                var tail = header.substring(header.length() - MAX_HEADER);
                header = tail.substring(tail.indexOf(',') + 1);
            }
            for (var value : header.split(",", -1)) {
                hops.add(value.strip());
            }
        }
        return hops;
    }

    /** An X-Forwarded-For entry: an address literal, an IPv4 address with a port, or a bracketed IPv6 one. */
    private static Optional<InetAddress> hop(String value) {
        var withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            return literal(withPort.group(1));
        }
        var bracketed = BRACKETED_IPV6.matcher(value);
        if (bracketed.matches()) {
            return literal(bracketed.group(1));
        }
        return literal(value);
    }

    /** The address of a literal, never by a DNS look-up (InetAddress looks up anything that is not a literal). */
    static Optional<InetAddress> literal(String value) {
        if (value == null || value.length() > 45 || !(IPV4.matcher(value).matches() || IPV6.matcher(value).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException | SecurityException malformed) {
            return Optional.empty();
        }
    }

    /** The values of one header, in the order received (a servlet container's getHeaders). */
    public static List<String> values(Enumeration<String> headers) {
        var values = new ArrayList<String>();
        if (headers != null) {
            while (headers.hasMoreElements()) {
                values.add(headers.nextElement());
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    /** One address or CIDR range; an IPv4 address also matches its IPv4-mapped IPv6 form, as Java reads both alike. */
    private record Range(byte[] network, int prefix, String text) {

        static Range parse(String entry) {
            var slash = entry.indexOf('/');
            var address = literal(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: '" + entry
                            + "' is not an IP address or CIDR range (host names are not accepted)"));
            var bytes = address.getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                var digits = entry.substring(slash + 1);
                if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bytes.length * 8) {
                    throw new IllegalArgumentException("PORTAL_TRUSTED_PROXIES: '" + entry
                            + "' has a prefix length outside 0–" + bytes.length * 8);
                }
                prefix = Integer.parseInt(digits);
            }
            return new Range(bytes, prefix, entry);
        }

        boolean contains(InetAddress candidate) {
            var bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
