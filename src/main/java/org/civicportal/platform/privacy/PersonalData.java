package org.civicportal.platform.privacy;

import java.util.List;

/**
 * What one feature holds about a person, as the files it adds to their export. Each feature has one
 * implementation (a CDI bean), so the export learns of a new feature's tables without anyone editing it.
 * Every query takes the account id for each of its {@code ?} and is read streamed, so a person with many rows
 * costs no memory; the README describes each file and column from the bundle keys
 * {@code meData.readme.<file>} and {@code meData.readme.<file>.<column>} (file without its extension).
 */
public interface PersonalData {

    List<ExportFile> files();
}
