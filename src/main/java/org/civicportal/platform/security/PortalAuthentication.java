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
import org.civicportal.platform.config.PortalSettings;

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

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CredentialsGeneration generations;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var parameters = context.getAuthParameters();
        if (parameters == null || parameters.getCredential() == null) {
            return context.doNothing();
        }
        var credential = parameters.getCredential();
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession(true);
        if (credential instanceof TwoStepSignIn.SecondFactorPassed) {
            TwoStepSignIn.passed(session);
        } else if (TwoStepSignIn.needsSecondStep(result.getCallerGroups())) {
            // Officials and staff are not signed in by a password or link alone: the session only notes who
            // passed the first step, and the sign-in page sends them to the second (see TwoStepSignIn).
            var accountId = Long.parseLong(result.getCallerPrincipal().getName());
            TwoStepSignIn.await(session, accountId, generations.current(accountId).orElse(-1));
            return context.doNothing();
        } else {
            TwoStepSignIn.single(session);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Runs before interceptors bound by annotation (@LoginToContinue), as @Interceptors classes do. */
    public static class HeadersFirst {

        @Inject
        PortalSettings settings;

        @AroundInvoke
        public Object securityHeaders(InvocationContext invocation) throws Exception {
            var parameters = invocation.getParameters();
            if (parameters != null && parameters.length == 3 && parameters[0] instanceof HttpServletRequest request
                    && parameters[1] instanceof HttpServletResponse response) {
                SecurityHeadersFilter.apply(request, response, settings);
            }
            return invocation.proceed();
        }
    }
}
