package org.civicportal.account.control;

/**
 * A resident's data rights exercised (GDPR articles 15, 17, 20). Fired inside the transaction that does it,
 * so every feature that holds the person's rows (and the audit log) acts in the same transaction.
 */
public final class PrivacyEvents {

    private PrivacyEvents() {
    }

    /**
     * The account is being erased. Observers remove or anonymise their feature's rows of this account before
     * the account row goes; inputsRemoved says the person chose to remove their inputs nobody supported or
     * credited (the input feature does that), otherwise they stay as a former resident's.
     */
    public record AccountErased(long accountId, boolean inputsRemoved) {
    }

    /** The person asked for a copy of everything the portal holds about them. */
    public record DataExportRequested(long accountId, long exportId) {
    }
}
