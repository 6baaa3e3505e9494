package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/**
 * A person's rows of the reciprocity ledger: what they gave and what came back. The acting official of each row
 * is left out (recorded for rebuilding the ledger, never shown, and about the official rather than the person).
 */
@ApplicationScoped
public class LedgerPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(ExportFile.csv("ledger", "SELECT l.id AS entry_id, l.kind, l.source_key, l.amount, "
                + "d.name AS district, t.code AS topic, l.happened_at, "
                + "CONCAT(l.quarter DIV 10, '-Q', l.quarter MOD 10) AS quarter FROM ledger_entry l "
                + "JOIN district d ON d.id = l.district_id LEFT JOIN topic t ON t.id = l.topic_id "
                + "WHERE l.resident_id = ? ORDER BY l.happened_at, l.id"));
    }
}
