package org.civicportal.decision.control;

import java.time.Instant;
import java.util.List;

/**
 * An implementation update as pages, the API and the feed show it: its author by name and its photos by file
 * name, read with the update (no account entity, so no per-author reads).
 */
public record UpdateView(long id, long decisionId, String decisionTitle, Instant createdAt, String body,
        String bodyHtml, Integer progress, String photoCaption, String author, List<String> photos) {
}
