package org.civicportal.platform.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Plain sockets with TCP_NODELAY for the SMTP connection. SMTP is a conversation of small writes each waiting
 * for an answer; with Nagle's algorithm the last piece of a message (the final "." line) can wait for the
 * server's delayed acknowledgement, about 40 ms per message, which alone caps a batch at some 25 messages a
 * second. It also keeps the sockets it made, so the dispatcher's watchdog can end a message that hangs: a
 * timeout per message instead of Angus Mail's per write (mail.smtp.writetimeout schedules a task for every
 * write to the socket, some 300 for a message of 10 KB, which cost more than the SMTP conversation itself).
 */
final class NoDelaySockets extends SocketFactory {

    private final SocketFactory plain = SocketFactory.getDefault();
    private final Set<Socket> made = ConcurrentHashMap.newKeySet();

    /** Closes every socket made, from any thread: a write or read blocked on one fails at once. */
    void closeAll() {
        for (var socket : made) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
        made.clear();
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(plain.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return noDelay(plain.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return noDelay(plain.createSocket(address, port, localAddress, localPort));
    }

    private Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        made.removeIf(Socket::isClosed);
        made.add(socket);
        return socket;
    }
}
