package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.interceptor.Interceptors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in happens on the portal's own page (/sign-in), which calls SecurityContext.authenticate so it can
 * throttle attempts and explain failures; a visitor who opens a protected page is redirected there and
 * brought back afterwards. This is what {@code @CustomFormAuthenticationMechanismDefinition} provides, written
 * out for one reason: the mechanism runs before any filter, so the redirect to /sign-in it answers for
 * protected pages would otherwise leave without the security headers. {@link HeadersFirst} sets them on every
 * request before Soteria's login-to-continue interceptor may answer with that redirect without calling us.
 */
@Interceptors(PortalAuthentication.HeadersFirst.class)
@AutoApplySession
@LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false)
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute of Soteria's LoginToContinueInterceptor (Payara 6) for a caller-initiated sign-in. */
    static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CredentialsGeneration generations;

    @Inject
    RoleDirectory roles;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var parameters = context.getAuthParameters();
        if (parameters == null || parameters.getCredential() == null) {
            return context.doNothing();
        }
        var credential = parameters.getCredential();
        var session = request.getSession(true);
        if (!(credential instanceof TwoStepSignIn.SecondFactorPassed)) {
            // A new first step replaces one left waiting (another account, or a wrong password now).
            TwoStepSignIn.abandon(request);
        }
        if (credential instanceof TwoStepSignIn.SecondFactorPassed passed && !TwoStepSignIn.checkedFor(request, passed)) {
            // Made by a page without a code checked for the first step waiting here (a forged postback).
            notSignedIn(session);
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            notSignedIn(session);
            return context.notifyContainerAboutLogin(result);
        }
        if (credential instanceof TwoStepSignIn.SecondFactorPassed) {
            TwoStepSignIn.passed(session);
        } else if (TwoStepSignIn.needsSecondStep(roles.rolesOf(accountId(result)))) {
            // Officials and staff are not signed in by a password or link alone: the session only notes who
            // passed the first step, and the sign-in page sends them to the second (see TwoStepSignIn). The
            // roles are read from the database, like every other check of them (see RoleDirectory).
            var accountId = accountId(result);
            TwoStepSignIn.await(session, accountId, generations.current(accountId).orElse(-1));
            notSignedIn(session);
            return context.doNothing();
        } else {
            TwoStepSignIn.single(session);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Soteria's login-to-continue marks a sign-in the page started (SecurityContext.authenticate) in the session
     * and, while the mark is there, hands every later request to this mechanism instead of sending it to sign
     * in; a protected page then answered an empty 200 after a wrong password or between the two steps. The
     * mark only lasts until a sign-in succeeds, so it goes when this one did not.
     */
    private static void notSignedIn(jakarta.servlet.http.HttpSession session) {
        session.removeAttribute(SOTERIA_CALLER_INITIATED);
    }

    private static long accountId(CredentialValidationResult result) {
        return Long.parseLong(result.getCallerPrincipal().getName());
    }

    /** Runs before interceptors bound by annotation (@LoginToContinue), as @Interceptors classes do. */
    public static class HeadersFirst {

        @Inject
        ClientAddress address;

        @Inject
        SecurityEvents securityEvents;

        @AroundInvoke
        public Object securityHeaders(InvocationContext invocation) throws Exception {
            var parameters = invocation.getParameters();
            if (parameters != null && parameters.length == 3 && parameters[0] instanceof HttpServletRequest request
                    && parameters[1] instanceof HttpServletResponse response) {
                SecurityHeadersFilter.apply(request, response, address);
                var status = invocation.proceed();
                // Soteria's login-to-continue sent a visitor from a protected page to /sign-in (ASVS 7.2.2).
                if (status == AuthenticationStatus.SEND_CONTINUE && parameters[2] instanceof HttpMessageContext context
                        && context.isProtected() && request.getUserPrincipal() == null) {
                    var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
                    securityEvents.accessRefused(request, null, RoleFilter.needs(path));
                }
                return status;
            }
            return invocation.proceed();
        }
    }
}
