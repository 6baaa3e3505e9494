package org.civicportal.decision.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.civicportal.decision.entity.ImplementationStatus;
import org.civicportal.platform.i18n.Language;

/** One row of a chain list, read in a single query with its topic and district. */
public record ChainSummary(long id, String title, String summary, ImplementationStatus status, int progress,
        LocalDate decidedOn, String department, String district, String topicEn, String topicEs, int credits)
        implements Serializable {

    public String topic(Language language) {
        return language == Language.ES ? topicEs : topicEn;
    }
}
