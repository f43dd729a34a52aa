package org.dolbom.domain;

import java.util.ArrayList;
import java.util.List;

/** What catalogue services and providers must satisfy before they are saved. */
public final class CatalogueRules {

    public static final int MAX_CODE_LENGTH = 20;
    public static final int MAX_NAME_LENGTH = 100;

    private CatalogueRules() {
    }

    public static List<Problem> check(ServiceEntry s) {
        List<Problem> problems = new ArrayList<>();
        if (s.code() == null || s.code().isBlank()) {
            problems.add(Problem.of("code", "validation.service.codeRequired"));
        } else if (!s.code().strip().matches("[A-Za-z0-9_-]{1," + MAX_CODE_LENGTH + "}")) {
            problems.add(Problem.of("code", "validation.service.codeFormat", MAX_CODE_LENGTH));
        }
        if (s.name() == null || s.name().isBlank()) {
            problems.add(Problem.of("name", "validation.service.nameRequired"));
        } else if (s.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", "validation.service.nameTooLong", MAX_NAME_LENGTH));
        }
        if (s.domain() == null) {
            problems.add(Problem.of("domain", "validation.service.domainRequired"));
        }
        return problems;
    }

    public static List<Problem> check(Provider p) {
        List<Problem> problems = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            problems.add(Problem.of("name", "validation.provider.nameRequired"));
        } else if (p.name().strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problem.of("name", "validation.provider.nameTooLong", MAX_NAME_LENGTH));
        }
        return problems;
    }
}
