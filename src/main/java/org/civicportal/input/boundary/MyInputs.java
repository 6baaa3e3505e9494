package org.civicportal.input.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.input.control.InputService;
import org.civicportal.input.entity.Input;
import org.civicportal.platform.web.CurrentUser;

/** The "my inputs" part of /me: what I gave, its status and any answer. */
@Named
@RequestScoped
public class MyInputs {

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    private List<Input> mine;

    public List<Input> getInputs() {
        if (mine == null) {
            mine = inputs.ofAuthor(currentUser.requireAccountId());
        }
        return mine;
    }
}
