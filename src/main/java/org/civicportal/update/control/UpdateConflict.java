package org.civicportal.update.control;

/** Someone else changed the update since the page showed it, or it is no longer a draft: nothing was saved. */
public class UpdateConflict extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateConflict(String message) {
        super(message);
    }
}
