package org.dolbom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape agreed in DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses dolbom;

    @BeforeAll
    static void importClasses() {
        dolbom = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dolbom");
    }

    @Test
    void domainImportsNothingOfOursAndNoFrameworks() {
        classes().that().resideInAPackage("org.dolbom.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.dolbom.domain..", "java..")
                .because("the domain is plain records and rules, free of the database, the window and the rest")
                .check(dolbom);
    }

    @Test
    void domainDoesNotKnowTheDatabase() {
        noClasses().that().resideInAPackage("org.dolbom.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..")
                .check(dolbom);
    }

    @Test
    void onlyTheStoreKnowsSql() {
        noClasses().that().resideOutsideOfPackage("org.dolbom.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.sqlite..",
                        "org.flywaydb..")
                .because("only the store knows jOOQ and SQL")
                .check(dolbom);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.dolbom.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .because("services, the CLI and the planner run headless")
                .check(dolbom);
    }

    @Test
    void theFormatThePlannerAndTheSheetsKnowNoStorageAndNoScreens() {
        noClasses().that().resideInAnyPackage("org.dolbom.exchange..", "org.dolbom.schedule..", "org.dolbom.print..",
                        "org.dolbom.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dolbom.store..", "org.dolbom.app..",
                        "org.dolbom.ui..", "org.dolbom.cli..")
                .because("bundles, week plans and PDF sheets are pure: the store and the screens feed them")
                .check(dolbom);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.dolbom.(*)..").should().beFreeOfCycles().check(dolbom);
    }
}
