package org.civicportal.forum.control;

import java.io.Serializable;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.time.Quarter;

/**
 * A commitment as the public sees it: no one's name, the owner is a department or role.
 *
 * @param overdue open and due before the quarter of the page that shows it
 */
public record CommitmentView(long id, String text, String owner, Quarter made, Quarter due, CommitmentStatus status,
        String outcome, int version, boolean overdue) implements Serializable {

    /** Open after its due quarter, seen from a page of {@code page}: it shows as overdue there. */
    public static boolean overdue(CommitmentStatus status, Quarter due, Quarter page) {
        return status == CommitmentStatus.OPEN && due.compareTo(page) < 0;
    }
}
