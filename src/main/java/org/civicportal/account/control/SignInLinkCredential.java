package org.civicportal.account.control;

import jakarta.security.enterprise.credential.Credential;

/** The token of an emailed sign-in link, handed to Jakarta Security like a password would be. */
public record SignInLinkCredential(String token) implements Credential {
}
