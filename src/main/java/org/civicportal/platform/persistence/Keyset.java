package org.civicportal.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * A position in a list ordered by a timestamp, then id (the last row a client saw), and the opaque cursor an
 * open-data client sends back to read on from it ({@code ?after=}). Reading on is a range read of an index that
 * ends in those two columns, so a page deep in a city's table reads as few rows as the first one; a list so
 * read does not stop at {@link BoundedCount#LIMIT}.
 */
public record Keyset(Instant at, long id) {

    private static final int MAX_CURSOR = 120;

    /** The cursor for this position in the named list: base64url of the list, the position and a checksum. */
    public String cursor(String list) {
        var payload = payload(list, at.getEpochSecond(), at.getNano(), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (payload + ":" + checksum(payload)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor of the named list stands for.
     *
     * @throws IllegalArgumentException if it is not one this portal gave for that list (malformed or changed)
     */
    public static Keyset parse(String list, String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_CURSOR) {
            throw new IllegalArgumentException("not a cursor");
        }
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        var parts = text.split(":", -1);
        if (parts.length != 5 || !parts[0].equals(list)) {
            throw new IllegalArgumentException("not a cursor of " + list);
        }
        try {
            long seconds = Long.parseLong(parts[1]);
            int nanos = Integer.parseInt(parts[2]);
            long id = Long.parseLong(parts[3]);
            // Years 1970 to 9999, the DATETIME range the lists hold; the checksum catches accidental changes, not
            // a hand-made cursor, which is merely a position in public data.
            if (nanos < 0 || nanos > 999_999_999 || id <= 0 || seconds < 0 || seconds > LATEST
                    || !parts[4].equals(checksum(payload(list, seconds, nanos, id)))) {
                throw new IllegalArgumentException("changed cursor");
            }
            return new Keyset(Instant.ofEpochSecond(seconds, nanos), id);
        } catch (java.time.DateTimeException | NumberFormatException wrong) {
            throw new IllegalArgumentException("malformed cursor", wrong);
        }
    }

    private static final long LATEST = java.time.Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /**
     * The SQL condition "after this position" in a list ordered by {@code atColumn, idColumn} (both descending or
     * both ascending), written so MariaDB reads it as one range of an index ending in those columns. Its two
     * values are added to params, numbered on from the ones already there.
     */
    public String after(String atColumn, String idColumn, boolean descending, List<Object> params) {
        String past = descending ? " < ?" : " > ?";
        params.add(UtcInstantConverter.utc(at));
        String bound = atColumn + (descending ? " <= ?" : " >= ?") + params.size();
        params.add(UtcInstantConverter.utc(at));
        String strictly = atColumn + past + params.size();
        params.add(id);
        return "(" + bound + " AND (" + strictly + " OR " + idColumn + past + params.size() + "))";
    }

    /** A WHERE clause (or none) narrowed by one more condition. */
    public static String and(String where, String condition) {
        return where.isBlank() ? "WHERE " + condition + " " : where + " AND " + condition + " ";
    }

    /** A page of rows and, when more follow, the cursor to read on from its last row. */
    public record Slice<T>(List<T> rows, String next) {
    }

    /**
     * The first {@code shown} of rows read one further ({@code shown + 1} asked for): that extra row, when there
     * is one, says more follow, and the cursor is the last shown row's.
     */
    public static <T> Slice<T> slice(List<T> fetched, int shown, Function<T, Keyset> key, String list) {
        if (shown <= 0) {
            return new Slice<>(List.of(), null);
        }
        if (fetched.size() <= shown) {
            return new Slice<>(fetched, null);
        }
        var rows = fetched.subList(0, shown);
        return new Slice<>(List.copyOf(rows), key.apply(rows.get(shown - 1)).cursor(list));
    }

    private static String payload(String list, long seconds, int nanos, long id) {
        return list + ":" + seconds + ":" + nanos + ":" + id;
    }

    private static String checksum(String payload) {
        var crc = new CRC32();
        crc.update(payload.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue(), 36);
    }
}
