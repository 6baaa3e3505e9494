package org.civicportal.reciprocity.control;

import java.util.List;

/**
 * Every {@link LedgerSource}, for the launcher's rebuild, which runs without a container to find them (in the
 * portal, {@link LedgerRebuilds} asks CDI). LedgerSourcesTest fails when a source class is missing here.
 */
public final class LedgerSources {

    private LedgerSources() {
    }

    public static List<LedgerSource> all() {
        return List.of(new InputLedger(), new ChainLedger(), new VolunteerLedger(), new ForumLedger());
    }
}
