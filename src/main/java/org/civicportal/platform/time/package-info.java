/** The city's calendar: its time zone and its quarters, the rhythm of the forums and of every reciprocity figure. */
package org.civicportal.platform.time;
