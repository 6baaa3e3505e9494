package org.civicportal.volunteer.entity;

/** What a task asks of its volunteers; a fixed list so it can be translated and filtered. */
public enum Skill {
    OUTDOOR, CARE, TEACHING, DIGITAL, LANGUAGES, DRIVING, CRAFTS, ORGANISING
}
