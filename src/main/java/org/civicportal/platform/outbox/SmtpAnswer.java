package org.civicportal.platform.outbox;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * What the SMTP server said about one message, and what the outbox does with it: accepted (SENT), refused for
 * now (4xx, or no connection: RETRYING) or refused for good (5xx: FAILED and the address suppressed).
 *
 * @param code the reply code, or 0 when the server could not be reached or the connection broke
 * @param text the server's words as stored in last_answer (at most 500 characters)
 */
public record SmtpAnswer(Kind kind, int code, String text) {

    /** What follows from an answer. */
    public enum Kind {
        ACCEPTED, TRANSIENT, PERMANENT
    }

    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5][0-9][0-9])[ -]");
    static final int TEXT_LIMIT = 500;

    public SmtpAnswer {
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_LIMIT) {
            text = text.substring(0, TEXT_LIMIT);
        }
    }

    public static SmtpAnswer accepted(String serverReply) {
        return new SmtpAnswer(Kind.ACCEPTED, code(serverReply, 250), serverReply == null ? "250" : serverReply);
    }

    /** The answer for a connection that could not be made or broke: tried again later. */
    public static SmtpAnswer unreachable(Exception e) {
        return new SmtpAnswer(Kind.TRANSIENT, 0, "no connection: " + describe(e));
    }

    /** Classifies what a failed send threw, from the reply code it carries (Angus Mail's SMTP exceptions). */
    public static SmtpAnswer of(MessagingException e) {
        var code = replyCode(e);
        if (code >= 500) {
            return new SmtpAnswer(Kind.PERMANENT, code, serverText(e));
        }
        if (code >= 400) {
            return new SmtpAnswer(Kind.TRANSIENT, code, serverText(e));
        }
        return unreachable(e);
    }

    /** Classifies a reply line such as "550 5.1.1 no such user". */
    public static SmtpAnswer ofReply(String reply) {
        var code = code(reply, 0);
        if (code >= 500) {
            return new SmtpAnswer(Kind.PERMANENT, code, reply);
        }
        if (code >= 400) {
            return new SmtpAnswer(Kind.TRANSIENT, code, reply);
        }
        if (code >= 200 && code < 400) {
            return accepted(reply);
        }
        return new SmtpAnswer(Kind.TRANSIENT, 0, reply);
    }

    /** The reply code an exception or its causes carry (SMTPSendFailedException, SMTPAddressFailedException…). */
    static int replyCode(Throwable e) {
        for (var t = e; t != null; t = next(t)) {
            var code = invokeInt(t, "getReturnCode");
            if (code > 0) {
                return code;
            }
            if (t instanceof IOException) {
                return 0;
            }
        }
        for (var t = e; t != null; t = next(t)) {
            var code = code(t.getMessage(), 0);
            if (code > 0) {
                return code;
            }
        }
        return 0;
    }

    private static String serverText(MessagingException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            var message = t.getMessage();
            if (code(message, 0) > 0) {
                return message;
            }
        }
        var code = replyCode(e);
        return code + " " + describe(e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static int invokeInt(Throwable t, String method) {
        try {
            var m = t.getClass().getMethod(method);
            return m.getReturnType() == int.class ? (int) m.invoke(t) : -1;
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return -1;
        }
    }

    private static int code(String reply, int otherwise) {
        if (reply == null) {
            return otherwise;
        }
        var m = REPLY.matcher(reply);
        return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
    }

    private static String describe(Throwable e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        var cause = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                : e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return text.toString();
    }
}
