package org.civicportal.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a person says about themselves, on the register page and on /me. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.long}")
    private String displayName;

    private Long districtId;

    private String language;

    private boolean monthlyUpdates;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
