package org.civicportal.platform.security;

/** What a person may do; a person may hold several. Names match web.xml's security roles. */
public enum Role {
    RESIDENT, OFFICIAL, STAFF
}
