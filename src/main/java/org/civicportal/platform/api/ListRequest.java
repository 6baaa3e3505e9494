package org.civicportal.platform.api;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.function.Function;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.web.PageLink;

/**
 * Which rows an open-data list request asks for: a numbered page ({@code ?page=}, stopping at
 * {@link BoundedCount#LIMIT} rows) or the rows after a cursor ({@code ?after=}, the {@code next} of an earlier
 * answer; an empty {@code after=} starts a walk at the first row), {@code size} at a time (1 to 100).
 * A malformed or changed cursor, or both forms at once, is a 400 with problem details.
 *
 * @param list  the list's name inside its cursors, so one list's cursor is refused by another
 * @param after the position to read on from; null for a numbered page or the start of a walk
 * @param page  the page number; null when reading by cursor
 */
public record ListRequest(String list, boolean byCursor, Keyset after, Integer page, int size) {

    public static final int MAX_SIZE = 100;

    public static ListRequest of(String list, Integer page, String after, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_SIZE));
        if (after == null) {
            return new ListRequest(list, false, null, page == null ? 1 : Math.max(1, page), pageSize);
        }
        if (page != null) {
            throw new BadRequestException("Use either page or after, not both: after continues from the next "
                    + "value of an earlier answer.");
        }
        if (after.isEmpty()) {
            return new ListRequest(list, true, null, null, pageSize);
        }
        try {
            return new ListRequest(list, true, Keyset.parse(list, after), null, pageSize);
        } catch (IllegalArgumentException malformed) {
            throw new BadRequestException("The parameter \"after\" is not a cursor of this list: send the next "
                    + "value of an earlier answer unchanged (or an empty after= to start from the first row).");
        }
    }

    /** The first row's offset: 0 when reading by cursor. */
    public long first() {
        return byCursor ? 0 : PageLink.offset(page, size);
    }

    /** How many rows the page shows at most: a numbered page never reaches past the 10,000th row. */
    public int shown() {
        return byCursor ? size : BoundedCount.cut(first(), size);
    }

    /** The rows to ask the database for: one more than shown, which tells whether more follow. */
    public int limit() {
        return shown() + 1;
    }

    /** The page of rows read with {@link #limit()}, and the cursor to read on when more follow. */
    public <T> Keyset.Slice<T> slice(List<T> fetched, Function<T, Keyset> key) {
        return Keyset.slice(fetched, shown(), key, list);
    }
}
