package org.civicportal.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at another client address. Everything on loopback reaches Payara from 127.0.0.1, and
 * java.net.http cannot choose its local address; a plain socket can, and on Linux every 127.x.y.z is
 * loopback. So this speaks just enough HTTP/1.1 (one request per connection, chunked bodies, cookies) to
 * open a page and post one of its Faces forms the way a browser would.
 */
final class FromAddress {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** What the server answered, and how long the whole exchange took. */
    record Answer(int status, Map<String, List<String>> headers, String body, long nanos) {
        String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private final String host;
    private final int port;
    private final InetAddress local;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    FromAddress(URL base, String localAddress) {
        this.host = base.getHost();
        this.port = base.getPort();
        try {
            this.local = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new IllegalArgumentException(localAddress, e);
        }
    }

    Answer get(String path) throws IOException {
        return exchange("GET", path, null);
    }

    /** Posts the form with this id from a page read before, pressing the given button. */
    Answer post(String path, String page, String formId, String buttonId, Map<String, String> fields)
            throws IOException {
        var viewState = VIEW_STATE.matcher(page);
        if (!page.contains("id=\"" + formId + "\"") || !viewState.find()) {
            throw new AssertionError("No form " + formId + " on " + path + ":\n" + page);
        }
        var form = new LinkedHashMap<String, String>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        var nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return exchange("POST", path, body);
    }

    /** Opens the page, then posts its form: one visit, as a person fills it in. */
    Answer submit(String path, String formId, String buttonId, Map<String, String> fields) throws IOException {
        return post(path, get(path).body(), formId, buttonId, fields);
    }

    private Answer exchange(String method, String path, String form) throws IOException {
        var body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        var head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n")
                .append("Accept: text/html\r\n")
                .append("Accept-Language: en\r\n");
        if (!cookies.isEmpty()) {
            head.append("Cookie: ").append(cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "))).append("\r\n");
        }
        if (form != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        long start = System.nanoTime();
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var answer = read(socket.getInputStream(), start);
            for (var cookie : answer.headers().getOrDefault("set-cookie", List.of())) {
                var pair = cookie.split(";", 2)[0];
                var eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return answer;
        }
    }

    private static Answer read(InputStream in, long start) throws IOException {
        var headers = new LinkedHashMap<String, List<String>>();
        var statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        for (var line = line(in); !line.isEmpty(); line = line(in)) {
            var colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        var raw = new ByteArrayOutputStream();
        var encoding = headers.getOrDefault("transfer-encoding", List.of("")).get(0);
        if (encoding.equalsIgnoreCase("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                raw.write(in.readNBytes(size));
                line(in);
            }
        } else {
            in.transferTo(raw);
        }
        return new Answer(status, headers, raw.toString(StandardCharsets.UTF_8), System.nanoTime() - start);
    }

    private static String line(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
