package org.civicportal.account.control;

/** A request the account rules refuse; the page shows the matching message next to the field. */
public class AccountProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which rule refused; each has a message key account.problem.{name}. */
    public enum Kind {
        CURRENT_PASSWORD_WRONG, CHANGED_MEANWHILE, OWN_STAFF_ROLE
    }

    private final Kind kind;

    public AccountProblem(Kind kind) {
        super(kind.name());
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
