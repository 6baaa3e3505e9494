import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP sink for the outbox benchmark with a thread per connection (db/bench/smtp_sink.py is one thread
 * and becomes the limit with several connections): speaks enough real SMTP for Angus Mail (EHLO, MAIL, RCPT,
 * DATA with dot-stuffing, RSET, NOOP, QUIT), accepts every message, keeps none, prints the count every 5 s.
 * No PIPELINING is offered (Angus Mail would not use it): each command waits for its reply, as in production.
 *
 *     java db/bench/SmtpSink.java serve 21125
 *
 * Its own client measures the sink alone: CONNECTIONS threads, each one connection sending messages of about
 * the benchmark's size (10.3 KB) with the same four round trips per message as the portal.
 *
 *     java db/bench/SmtpSink.java load 21125 4 20000
 */
public final class SmtpSink {

    private static final AtomicLong ACCEPTED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        var mode = args.length > 0 ? args[0] : "serve";
        var port = args.length > 1 ? Integer.parseInt(args[1]) : 21125;
        if (mode.equals("load")) {
            load(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        try (var server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            System.out.println("SMTP sink (a thread per connection) on 127.0.0.1:" + port);
            var reporter = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.out.printf("%tT accepted %d%n", System.currentTimeMillis(), ACCEPTED.get());
                }
            });
            reporter.setDaemon(true);
            reporter.start();
            while (true) {
                var socket = server.accept();
                var session = new Thread(() -> serve(socket));
                session.setDaemon(true);
                session.start();
            }
        }
    }

    private static void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            var in = new Lines(socket.getInputStream());
            var out = new BufferedOutputStream(socket.getOutputStream(), 8192);
            reply(out, "220 sink.bench ESMTP");
            String line;
            while ((line = in.line()) != null) {
                var verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink.bench\r\n250-8BITMIME\r\n250 SIZE 0");
                    case "HELO" -> reply(out, "250 sink.bench");
                    case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        if (!in.skipData()) {
                            return;
                        }
                        reply(out, "250 OK queued as " + ACCEPTED.incrementAndGet());
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The client's bytes, read in blocks: command lines, and the data skipped without building strings. */
    private static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[65536];
        private int position;
        private int limit;

        Lines(InputStream in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            position = 0;
            limit = in.read(buffer);
            return limit > 0;
        }

        /** One command line without its CRLF, or null at the end of the stream. */
        String line() throws IOException {
            var line = new StringBuilder(80);
            while (position < limit || fill()) {
                var c = buffer[position++];
                if (c == '\n') {
                    var n = line.length();
                    return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
                }
                line.append((char) c);
            }
            return null;
        }

        /** Skips the message up to and including the line holding a single dot; false at the end of the stream. */
        boolean skipData() throws IOException {
            // matched: how much of "\r\n.\r\n" was seen, starting as if a line had just ended.
            var end = new byte[] {'\r', '\n', '.', '\r', '\n'};
            var matched = 2;
            while (position < limit || fill()) {
                var c = buffer[position++];
                if (c == end[matched]) {
                    matched++;
                    if (matched == end.length) {
                        return true;
                    }
                } else {
                    matched = c == '\r' ? 1 : 0;
                }
            }
            return false;
        }
    }

    /** One line without its CRLF, or null at the end of the stream (the load client's replies). */
    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder(80);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                var n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** The sink alone: CONNECTIONS clients, MESSAGES in all, four round trips each; prints messages/s. */
    private static void load(int port, int connections, int messages) throws Exception {
        var body = new StringBuilder("Subject: The November update\r\nMIME-Version: 1.0\r\n\r\n");
        while (body.length() < 10_300) {
            body.append("What changed this month: a decision, its credited inputs and the work done.\r\n");
        }
        var data = (body + ".\r\n").getBytes(StandardCharsets.US_ASCII);
        var left = new AtomicLong(messages);
        var clients = new Thread[connections];
        var start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            clients[i] = new Thread(() -> {
                try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setTcpNoDelay(true);
                    var in = new BufferedInputStream(socket.getInputStream());
                    var out = new BufferedOutputStream(socket.getOutputStream(), 65536);
                    expect(in, "220");
                    send(out, "EHLO load.bench");
                    expect(in, "250");
                    while (left.getAndDecrement() > 0) {
                        send(out, "MAIL FROM:<portal@bench.example.org>");
                        expect(in, "250");
                        send(out, "RCPT TO:<resident@bench.example.org>");
                        expect(in, "250");
                        send(out, "DATA");
                        expect(in, "354");
                        out.write(data);
                        out.flush();
                        expect(in, "250");
                    }
                    send(out, "QUIT");
                    expect(in, "221");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            clients[i].start();
        }
        for (var client : clients) {
            client.join();
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d messages over %d connections in %.2f s: %.0f messages/s%n", messages, connections,
                seconds, messages / seconds);
    }

    private static void send(OutputStream out, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one reply (all its lines) and checks its code. */
    private static void expect(InputStream in, String code) throws IOException {
        String line;
        do {
            line = readLine(in);
            if (line == null || !line.startsWith(code)) {
                throw new IOException("Expected " + code + ", got " + line);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
