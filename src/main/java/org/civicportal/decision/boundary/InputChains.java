package org.civicportal.decision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.InputChain;

/**
 * The chains an input belongs to, for the input's page (#{inputChains.of(id)}). It lives in this feature so
 * the input feature never has to know decisions exist.
 */
@Named
@RequestScoped
public class InputChains {

    @Inject
    DecisionService decisions;

    private final Map<Long, List<InputChain>> read = new HashMap<>();

    public List<InputChain> of(long inputId) {
        return read.computeIfAbsent(inputId, decisions::chainsOf);
    }
}
