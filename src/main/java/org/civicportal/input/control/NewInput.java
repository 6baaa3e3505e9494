package org.civicportal.input.control;

/** What a resident submits, already validated by the form. */
public record NewInput(String title, String body, long topicId, long districtId, String place) {
}
