package org.civicportal.testing;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GreenMail as the tests' SMTP server, which also refuses for good (550 at RCPT TO, as a real server does for
 * a mailbox that does not exist) the recipients a test names with {@link #refuse}, so a test can see the portal
 * record a hard bounce (and, after {@link #accept}, what still reaches the address). GreenMail accepts every
 * recipient by itself; its SmtpManager's checkRecipient hook, which the server consults for each RCPT, is the one
 * place changed: the SMTP conversation stays GreenMail's.
 */
public final class BouncingGreenMail extends GreenMail {

    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

    /** From now on the server answers RCPT TO this address with 550. */
    public static void refuse(String address) {
        REFUSED.add(address.toLowerCase(Locale.ROOT));
    }

    /** The address is accepted again. */
    public static void accept(String address) {
        REFUSED.remove(address.toLowerCase(Locale.ROOT));
    }

    BouncingGreenMail(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers created) {
        managers = new Bouncing(created);
        return super.createServices(config, managers);
    }

    /** GreenMail's own stores, with an SMTP manager that refuses the bouncing domain. */
    private static final class Bouncing extends Managers {
        private final Managers inner;
        private final SmtpManager smtp;

        Bouncing(Managers inner) {
            this.inner = inner;
            this.smtp = new SmtpManager(inner.getImapHostManager(), inner.getUserManager()) {
                @Override
                public String checkRecipient(SmtpState state, MailAddress rcpt) {
                    return REFUSED.contains(rcpt.getEmail().toLowerCase(Locale.ROOT))
                            ? "550 5.1.1 <" + rcpt.getEmail() + ">: Recipient address rejected: no such mailbox"
                            : super.checkRecipient(state, rcpt);
                }

            };
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return inner.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return inner.getImapHostManager();
        }
    }
}
