package org.civicportal.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a process listens on, read from Linux's /proc (no ss or netstat needed): TCP sockets in LISTEN state and
 * bound UDP sockets, IPv4 and IPv6, matched to the process by the socket inodes among its open files.
 */
public final class ListeningSockets {

    /** A listening socket: protocol, local address as text (127.0.0.1, ::1, 0.0.0.0, ::, …) and port. */
    public record Listener(String protocol, String address, int port) {

        public boolean loopbackOnly() {
            return address.startsWith("127.") || address.equals("::1") || address.startsWith("::ffff:127.");
        }

        @Override
        public String toString() {
            return protocol + " " + address + ":" + port;
        }
    }

    private record Entry(Listener listener, String inode) {
    }

    private ListeningSockets() {
    }

    /** The process that listens on this TCP port. */
    public static long pidListeningOn(int port) throws IOException {
        var inodes = new HashSet<String>();
        for (var entry : entries()) {
            if (entry.listener().protocol().startsWith("tcp") && entry.listener().port() == port) {
                inodes.add(entry.inode());
            }
        }
        if (inodes.isEmpty()) {
            throw new AssertionError("Nothing listens on TCP port " + port);
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (var process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (!socketInodes(process).stream().filter(inodes::contains).toList().isEmpty()) {
                    return Long.parseLong(process.getFileName().toString());
                }
            }
        }
        throw new AssertionError("No process found for TCP port " + port);
    }

    /** Every socket this process listens on. */
    public static List<Listener> of(long pid) throws IOException {
        var mine = socketInodes(Path.of("/proc", String.valueOf(pid)));
        return entries().stream().filter(e -> mine.contains(e.inode())).map(Entry::listener).distinct().toList();
    }

    private static Set<String> socketInodes(Path process) {
        var inodes = new HashSet<String>();
        try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
            for (var fd : fds.toList()) {
                try {
                    var target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        } catch (IOException | SecurityException unreadable) {
            // a process that ended, or one we may not look into
        }
        return inodes;
    }

    private static List<Entry> entries() throws IOException {
        var all = new ArrayList<Entry>();
        for (var protocol : new String[] {"tcp", "tcp6", "udp", "udp6"}) {
            var file = Path.of("/proc/net", protocol);
            if (!Files.exists(file)) {
                continue;
            }
            var lines = Files.readAllLines(file);
            for (var line : lines.subList(1, lines.size())) {
                var fields = line.trim().split("\\s+");
                var state = fields[3];
                boolean listening = protocol.startsWith("tcp") ? state.equals("0A") : state.equals("07");
                if (!listening) {
                    continue;
                }
                var local = fields[1].split(":");
                all.add(new Entry(new Listener(protocol, address(local[0]), Integer.parseInt(local[1], 16)), fields[9]));
            }
        }
        return all;
    }

    /** /proc/net writes addresses as 32-bit words in host (little-endian) order. */
    static String address(String hex) {
        var bytes = new int[hex.length() / 2];
        for (int word = 0; word < hex.length() / 8; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        if (bytes.length == 4) {
            return bytes[0] + "." + bytes[1] + "." + bytes[2] + "." + bytes[3];
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= bytes[i] == 0;
        }
        mapped &= bytes[10] == 0xff && bytes[11] == 0xff;
        if (mapped) {
            return "::ffff:" + bytes[12] + "." + bytes[13] + "." + bytes[14] + "." + bytes[15];
        }
        var groups = new ArrayList<String>();
        for (int i = 0; i < 16; i += 2) {
            groups.add(Integer.toHexString(bytes[i] << 8 | bytes[i + 1]));
        }
        var text = String.join(":", groups);
        if (text.equals("0:0:0:0:0:0:0:1")) {
            return "::1";
        }
        if (text.equals("0:0:0:0:0:0:0:0")) {
            return "::";
        }
        return text;
    }
}
