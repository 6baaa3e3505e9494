package org.civicportal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Ports for the processes tests start themselves (a second portal, cluster nodes and their data grid), from the
 * hundred starting 20 above the run's HTTP port: it.http.port + 20 to + 119 (18100–18199 by default; 22100–22199
 * for -Dit.http.port=22080, the block a shared machine gives that run's owner). That block lies below Linux's ephemeral range (32768 and up), where the kernel hands out
 * ports to every outgoing connection and to anyone binding port 0: a port picked there by binding 0 and released
 * can be taken by another socket before the started process binds it (TwoNodeClusterIT saw its node's grid move
 * to the next port). Each port is handed out once per run and only while nothing listens on it, so classes running
 * side by side never get the same one, and runs on one machine with different -Dit.http.port never share one.
 */
public final class HandPorts {

    private static final int OFFSET = 20;
    private static final int COUNT = 100;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private HandPorts() {
    }

    /** A port free on every address. */
    public static int next() {
        return next("0.0.0.0");
    }

    /** A port free on this address (and so also on the wildcard address). */
    public static synchronized int next(String address) {
        int first = Integer.getInteger("it.http.port", 18080) + OFFSET;
        for (int port = first; port < first + COUNT; port++) {
            if (!HANDED_OUT.contains(port) && free(address, port) && free("0.0.0.0", port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free port left in " + first + "–" + (first + COUNT - 1)
                + ": pass another -Dit.http.port");
    }

    private static boolean free(String address, int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
