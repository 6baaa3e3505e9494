/** Volunteering: residents give time to the tasks that carry out decisions, and are thanked for it. */
package org.civicportal.volunteer;
