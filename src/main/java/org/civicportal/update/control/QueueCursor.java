package org.civicportal.update.control;

/**
 * Where a send's queuing stands after a chunk: the last account id queued, and whether the audience is
 * exhausted (the chunk came back shorter than asked). Chunks come in id order, so the next one starts after
 * {@code through} and neither skips nor repeats a recipient.
 */
public record QueueCursor(long through, boolean exhausted) {

    /** The cursor after a chunk of these account ids (ascending), read after {@code before} with this limit. */
    public static QueueCursor after(long before, long[] chunk, int limit) {
        long through = before;
        for (long id : chunk) {
            if (id <= through) {
                throw new IllegalArgumentException("A chunk is read in id order after the cursor " + before
                        + ": got " + id + " after " + through);
            }
            through = id;
        }
        return new QueueCursor(through, chunk.length < limit);
    }
}
