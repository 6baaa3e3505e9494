package org.civicportal.forum.control;

/** A resident's answers to the three questions, as typed (each may be empty, not all three). */
public record WrittenAnswer(String unreturned, String unreciprocated, String rebalance) {
}
