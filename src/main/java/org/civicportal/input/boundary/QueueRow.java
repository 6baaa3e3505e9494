package org.civicportal.input.boundary;

import java.io.Serializable;
import java.util.List;
import org.civicportal.input.control.InputSummary;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.reference.boundary.ReferenceLists;
import org.civicportal.platform.web.PageMessages;

/**
 * One row of /admin/inputs with what the page writes already in the reader's language (its link, its status,
 * and "topic · district · author · supports · days waiting" in one line): one expression a row instead of
 * seven lookups and two message formats, which is where a signed-in render's time went (docs/benchmarks.md).
 */
public record QueueRow(long id, String link, String title, String status, String statusText, String facts,
        boolean awaitingAnswer) implements Serializable {

    private static final long serialVersionUID = 1L;

    static List<QueueRow> of(List<InputSummary> inputs, String contextPath, Language language,
            ReferenceLists references, PageMessages messages) {
        return inputs.stream().map(input -> new QueueRow(input.id(), contextPath + "/inputs/" + input.id(),
                input.title(), input.status().name(),
                messages.text("status." + input.status().name()),
                String.join(" · ", input.topic(language), references.districtName(input.district()),
                        input.author() == null ? messages.text("me.delete.formerResident") : input.author(),
                        messages.text("inputs.supports", input.supports()),
                        messages.text(input.awaitingAnswer() ? "inputs.waiting" : "inputs.answeredAfter",
                                input.daysWaiting())),
                input.awaitingAnswer())).toList();
    }
}
