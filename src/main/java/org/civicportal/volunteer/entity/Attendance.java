package org.civicportal.volunteer.entity;

/** Recorded by an official after the shift. */
public enum Attendance {
    ATTENDED, NO_SHOW
}
