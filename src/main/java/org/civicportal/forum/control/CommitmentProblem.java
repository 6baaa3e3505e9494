package org.civicportal.forum.control;

/**
 * A commitment change refused by a rule, with the field it concerns and the message key to show beside it;
 * or a conflict (field null) when someone else changed the commitment first.
 */
public class CommitmentProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;

    public CommitmentProblem(String field, String key) {
        super(key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
