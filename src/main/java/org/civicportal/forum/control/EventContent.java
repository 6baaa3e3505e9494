package org.civicportal.forum.control;

import java.time.Instant;

/** What staff give a quarter's forum: when, where and/or the online link, and the minutes (Markdown) once held. */
public record EventContent(Instant startsAt, String place, String onlineLink, String minutes) {
}
