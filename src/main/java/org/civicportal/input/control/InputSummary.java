package org.civicportal.input.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.i18n.Language;

/** One row of an input list, read in a single query with its topic, district and author. */
public record InputSummary(long id, String title, InputStatus status, int supports, Instant createdAt,
        Instant answeredAt, String topicEn, String topicEs, String district, String author, boolean hidden,
        int reports) implements Serializable {

    public long daysWaiting() {
        return Duration.between(createdAt, answeredAt == null ? Instant.now() : answeredAt).toDays();
    }

    public String topic(Language language) {
        return language == Language.ES ? topicEs : topicEn;
    }

    public boolean awaitingAnswer() {
        return status.awaitsAnswer();
    }
}
