package org.civicportal.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civicportal.account.control.NewPassword;

/** The register form: a profile plus the email and password to sign in with. */
public class RegistrationForm extends ProfileForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}", regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    @NewPassword
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
