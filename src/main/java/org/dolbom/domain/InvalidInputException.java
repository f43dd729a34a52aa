package org.dolbom.domain;

import java.util.List;

/** Input that breaks a rule. Carries the problems so the caller can show each next to its field. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).reduce((a, b) -> a + ", " + b).orElse("invalid input"));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
