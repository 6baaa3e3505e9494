package org.civicportal.platform.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cluster mode, only when PORTAL_CLUSTER_MEMBERS names the grid's members: Payara Micro then starts its Hazelcast
 * data grid, finds the members over TCP/IP (never multicast) and listens on {@link #bindAddress()} only, because
 * Hazelcast's open-source edition lets anyone who reaches the port read every signed-in session.
 *
 * @param name        the grid's name; nodes with another name never join (a second portal on the same network)
 * @param members     host:port of every member, this node included
 * @param bindAddress the private address the grid binds to, a literal IP address of this machine
 * @param port        the grid port of this node on that address
 */
public record ClusterSettings(String name, List<String> members, String bindAddress, int port) {

    static final String DEFAULT_NAME = "civic-portal";
    static final int DEFAULT_PORT = 6900;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern MEMBER = Pattern.compile("([A-Za-z0-9][A-Za-z0-9.-]*|\\[[0-9a-fA-F:]+\\]):(\\d{1,5})");
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]*");
    private static final List<String> OTHER_VARIABLES = List.of("PORTAL_CLUSTER_NAME", "PORTAL_CLUSTER_INTERFACE",
            "PORTAL_CLUSTER_PORT");

    /** Empty (a single node, no grid) unless PORTAL_CLUSTER_MEMBERS is set. */
    static Optional<ClusterSettings> from(Map<String, String> env) throws StartupFailure {
        var membersText = nonBlank(env.get("PORTAL_CLUSTER_MEMBERS"));
        if (membersText.isEmpty()) {
            for (var variable : OTHER_VARIABLES) {
                if (nonBlank(env.get(variable)).isPresent()) {
                    throw new StartupFailure(variable + " is set but PORTAL_CLUSTER_MEMBERS is not; set it to the "
                            + "grid's members (host:port,host:port) or unset " + variable + " for a single node.");
                }
            }
            return Optional.empty();
        }
        var members = new ArrayList<String>();
        for (var member : membersText.get().split(",")) {
            var trimmed = member.trim();
            var matcher = MEMBER.matcher(trimmed);
            if (!matcher.matches() || !isPort(matcher.group(2))) {
                throw new StartupFailure("PORTAL_CLUSTER_MEMBERS must list host:port entries separated by commas "
                        + "but contains \"" + trimmed + "\".");
            }
            members.add(trimmed);
        }
        var name = nonBlank(env.get("PORTAL_CLUSTER_NAME")).orElse(DEFAULT_NAME);
        if (!NAME.matcher(name).matches()) {
            throw new StartupFailure("PORTAL_CLUSTER_NAME must be letters, digits, dots, dashes or underscores "
                    + "(at most 64) but is \"" + name + "\".");
        }
        var address = nonBlank(env.get("PORTAL_CLUSTER_INTERFACE")).orElseThrow(() -> new StartupFailure(
                "PORTAL_CLUSTER_INTERFACE must name the private address the data grid binds to (e.g. 10.0.0.11) "
                        + "when PORTAL_CLUSTER_MEMBERS is set."));
        if (!IP_LITERAL.matcher(address).matches() || isWildcard(address)) {
            throw new StartupFailure("PORTAL_CLUSTER_INTERFACE must be one IP address of this machine on a private "
                    + "network, not a host name or a wildcard, but is \"" + address + "\".");
        }
        if (!isPrivate(address)) {
            // Hazelcast's open-source grid has no authentication: whoever reaches its port reads every session.
            throw new StartupFailure("PORTAL_CLUSTER_INTERFACE must be an address of a private network (10/8, "
                    + "172.16/12, 192.168/16, link-local, loopback or an IPv6 unique local address), because the data "
                    + "grid has no authentication, but is \"" + address + "\".");
        }
        var portText = nonBlank(env.get("PORTAL_CLUSTER_PORT")).orElse(String.valueOf(DEFAULT_PORT));
        if (!isPort(portText)) {
            throw new StartupFailure("PORTAL_CLUSTER_PORT must be a port number between 1 and 65535 but is \""
                    + portText + "\".");
        }
        return Optional.of(new ClusterSettings(name, List.copyOf(members), address, Integer.parseInt(portText)));
    }

    private static boolean isPrivate(String literal) {
        try {
            var address = java.net.InetAddress.getByName(literal); // an IP literal (checked above): no lookup
            var bytes = address.getAddress();
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || (bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc);
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Payara Micro's own options for this grid (docs/operations.md explains each). */
    List<String> payaraOptions() {
        return List.of("--clustername", name, "--clustermode", "tcpip:" + String.join(",", members),
                "--interfaces", bindAddress, "--startport", String.valueOf(port),
                // Backups go to another member even on the same machine (one node per machine is the advice;
                // host-aware partitioning would keep no backup at all for two nodes sharing an address).
                "--nohostaware");
    }

    /** Before anything starts: the address must be this machine's and the grid port free on it. */
    void requireBindable() throws StartupFailure {
        try (var socket = new java.net.ServerSocket()) {
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName(bindAddress), port));
        } catch (java.io.IOException e) {
            throw new StartupFailure("The data grid cannot listen on " + bindAddress + " port " + port + " ("
                    + e.getMessage() + "); set PORTAL_CLUSTER_INTERFACE to an address of this machine and "
                    + "PORTAL_CLUSTER_PORT to a free port.");
        }
    }

    private static boolean isWildcard(String address) {
        try {
            var parsed = InetAddress.getByName(address);
            return parsed.isAnyLocalAddress() || parsed.isMulticastAddress();
        } catch (UnknownHostException notAnAddress) {
            return true;
        }
    }

    private static boolean isPort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port >= 1 && port <= 65535;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
