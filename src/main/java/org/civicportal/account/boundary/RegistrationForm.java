package org.civicportal.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.account.control.NewPassword;

/** The register form's fields; validated on the server field by field, each with its own message. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.long}")
    private String displayName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}", regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    @Size(max = 254, message = "{account.email.invalid}")
    private String email;

    @NewPassword
    private String password;

    private Long districtId;

    private String language;

    private boolean monthlyUpdates;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

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

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMonthlyUpdates() {
        return monthlyUpdates;
    }

    public void setMonthlyUpdates(boolean monthlyUpdates) {
        this.monthlyUpdates = monthlyUpdates;
    }
}
