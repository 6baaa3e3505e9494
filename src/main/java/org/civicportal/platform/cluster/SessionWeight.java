package org.civicportal.platform.cluster;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.logging.Logger;

/**
 * The Java-serialised size of one session: what the data grid stores (and copies to a backup) for every
 * signed-in person in cluster mode, and what a node serialises after each request that changed the session.
 * An attribute that cannot be serialised would be lost by another node; it is counted and named in the log.
 *
 * @param bytes          every serialisable attribute's name and value
 * @param attributes     how many attributes the session holds
 * @param unserialisable how many of them cannot be serialised
 */
public record SessionWeight(long bytes, int attributes, int unserialisable) {

    private static final Logger LOG = Logger.getLogger(SessionWeight.class.getName());

    public static SessionWeight of(HttpSession session) {
        if (session == null) {
            return new SessionWeight(0, 0, 0);
        }
        var names = Collections.list(session.getAttributeNames());
        long bytes = 0;
        int unserialisable = 0;
        for (var name : names) {
            var out = new ByteArrayOutputStream();
            try (var stream = new ObjectOutputStream(out)) {
                stream.writeObject(name);
                stream.writeObject(session.getAttribute(name));
            } catch (NotSerializableException e) {
                unserialisable++;
                LOG.warning(() -> "Session attribute " + name + " cannot be replicated: " + e.getMessage()
                        + " is not serialisable");
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes += out.size();
        }
        return new SessionWeight(bytes, names.size(), unserialisable);
    }
}
