package org.civicportal.volunteer.control;

/** Someone saved the task after this official opened it; nothing was changed. */
public class TaskConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskConflict(long taskId) {
        super("Task " + taskId + " was saved by someone else meanwhile");
    }
}
