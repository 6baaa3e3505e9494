package org.civicportal.forum.control;

/** Someone else saved the forum since this editor opened it. */
public class ForumConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForumConflict(long eventId) {
        super("Forum event " + eventId + " changed since it was opened");
    }
}
