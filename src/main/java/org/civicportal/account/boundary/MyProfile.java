package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.civicportal.account.control.AccountProblem;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.NewPassword;
import org.civicportal.account.control.ProfileChange;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/** /me: one's own profile and password. */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    @Inject
    LocaleSelection locale;

    private String email;
    private List<Role> roles;
    private int version;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 80, message = "{account.displayName.long}")
    private String displayName;

    private Long districtId;
    private String language;
    private boolean monthlyUpdates;

    @NotBlank(message = "{account.password.currentRequired}")
    private String currentPassword;

    @NewPassword
    private String newPassword;

    @PostConstruct
    void load() {
        accounts.byId(currentUser.requireAccountId()).ifPresent(this::show);
    }

    private void show(Account account) {
        email = account.getEmail();
        roles = List.copyOf(account.getRoles());
        version = account.getVersion();
        displayName = account.getDisplayName();
        districtId = account.getDistrict() == null ? null : account.getDistrict().getId();
        language = account.getLanguage().code();
        monthlyUpdates = account.isMonthlyUpdateOptIn();
    }

    public void saveProfile() {
        try {
            var chosen = Language.fromCode(language).orElse(Language.EN);
            var saved = accounts.updateProfile(currentUser.requireAccountId(),
                    new ProfileChange(version, displayName, districtId, chosen, monthlyUpdates));
            version = saved.getVersion();
            locale.use(chosen);
            messages.info("me.profile.saved");
        } catch (AccountProblem problem) {
            messages.error("account.problem." + problem.kind().name());
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(currentUser.requireAccountId(), currentPassword, newPassword);
            currentPassword = null;
            newPassword = null;
            messages.info("me.password.changed");
        } catch (AccountProblem problem) {
            messages.fieldError("password:currentPassword", "account.problem." + problem.kind().name());
        }
    }

    public String getEmail() {
        return email;
    }

    public List<Role> getRoles() {
        return roles;
    }

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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
