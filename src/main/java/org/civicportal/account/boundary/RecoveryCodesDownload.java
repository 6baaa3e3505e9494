package org.civicportal.account.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.platform.security.TwoStepSignIn;

/**
 * The recovery codes just shown, as a text file to keep: for the person enrolling (between the steps of
 * their sign-in) or signed in after making new ones on /me, in the person's language; once only, as the
 * codes leave the session then. Nothing else can be downloaded here.
 */
@WebServlet("/sign-in/recovery-codes.txt")
public class RecoveryCodesDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long accountId = TwoStepSignIn.pending(request).map(TwoStepSignIn.Pending::accountId).orElse(null);
        if (accountId == null && request.getUserPrincipal() != null) {
            try {
                accountId = Long.parseLong(request.getUserPrincipal().getName());
            } catch (NumberFormatException notOurs) {
                accountId = null;
            }
        }
        var codes = accountId == null ? null : FreshRecoveryCodes.of(request.getSession(false), accountId).orElse(null);
        if (codes == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"civic-portal-recovery-codes.txt\"");
        response.setHeader("Cache-Control", "private, no-store");
        var text = new StringBuilder(Texts.get(LocaleSelection.of(request), "twoFactor.codes.file.intro")).append("\r\n\r\n");
        codes.forEach(code -> text.append(code).append("\r\n"));
        response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        // Downloaded once: the plain codes leave the session (which a cluster replicates).
        FreshRecoveryCodes.forget(request.getSession());
    }
}
