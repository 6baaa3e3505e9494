package org.civicportal.platform.launcher;

/** A start-up problem the operator can fix; its message is the one sentence the launcher prints. */
public class StartupFailure extends Exception {

    public StartupFailure(String sentence) {
        super(sentence);
    }

    public StartupFailure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
