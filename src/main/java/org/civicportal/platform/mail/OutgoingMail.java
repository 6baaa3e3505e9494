package org.civicportal.platform.mail;

import java.util.Map;

/** One message to one recipient, ready to send; extra headers carry e.g. List-Unsubscribe. */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }
}
