package org.civicportal.update.control;

/** Who an update goes to: every subscriber, or those of one district or one topic. */
public record Audience(Kind kind, Long id) {

    public enum Kind {
        ALL, DISTRICT, TOPIC
    }

    public Audience {
        if ((kind == Kind.ALL) != (id == null)) {
            throw new IllegalArgumentException("A district or topic audience names one; all subscribers name none");
        }
    }

    public static Audience all() {
        return new Audience(Kind.ALL, null);
    }
}
