/** Districts and topics: the shared lists every feature files things under. */
package org.civicportal.platform.reference;
