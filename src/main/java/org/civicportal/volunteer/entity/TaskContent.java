package org.civicportal.volunteer.entity;

import java.time.Instant;
import java.util.Set;

/** What an official writes about a task. */
public record TaskContent(String title, String description, String place, Instant startsAt, Instant endsAt,
        int capacity, String contact, Set<Skill> skills) {
}
