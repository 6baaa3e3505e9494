package org.civicportal.input.entity;

/** Why a resident reports an input to the moderators. */
public enum ReportReason {
    SPAM, OFFENSIVE, OFF_TOPIC
}
