package org.civicportal.decision.control;

import java.util.List;
import org.civicportal.platform.i18n.Language;

/**
 * A slot in a chain's whole story for what other features did to carry the decision out (volunteering
 * publishes the shifts held, the hours given and the thanks). Other features implement it as CDI beans;
 * the chain page finds them all, so decisions never name the features that contribute.
 */
public interface ChainStory {

    /**
     * This feature's moments in the chain, as {@link ChainEvent.Kind#CONTRIBUTED} events whose subject
     * is the finished sentence in the reader's language, with no personal data a resident did not agree to
     * show. Bounded: a long implementation still gives a readable story.
     */
    List<ChainEvent> eventsOf(long decisionId, Language language);
}
