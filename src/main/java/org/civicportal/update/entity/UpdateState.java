package org.civicportal.update.entity;

/**
 * Where an update is: staff edit a DRAFT; sending (UpdateDelivery) moves it to SENDING, PAUSED while held, SENT
 * when every recipient's message left, or CANCELLED. Only a DRAFT changes: from SENDING on, what recipients
 * get and what /updates shows is fixed. Only SENT updates are public.
 */
public enum UpdateState {
    DRAFT, SENDING, PAUSED, SENT, CANCELLED
}
