package org.agora;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;

/** The package rules of the design: views use services only, features depend only leftwards. */
@AnalyzeClasses(packages = "org.agora", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call application services only");

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses().that().resideInAPackage("org.agora.base..")
            .should().dependOnClassesThat().resideInAnyPackage("org.agora.account..", "org.agora.lesson..",
                    "org.agora.classroom..", "org.agora.dashboard..");

    @ArchTest
    static final ArchRule account_uses_only_base = noClasses().that().resideInAPackage("org.agora.account..")
            .should().dependOnClassesThat().resideInAnyPackage("org.agora.lesson..", "org.agora.classroom..",
                    "org.agora.dashboard..");

    @ArchTest
    static final ArchRule lesson_uses_only_base_and_account = noClasses().that()
            .resideInAPackage("org.agora.lesson..").should().dependOnClassesThat()
            .resideInAnyPackage("org.agora.classroom..", "org.agora.dashboard..");

    @ArchTest
    static final ArchRule classroom_does_not_use_dashboard = noClasses().that()
            .resideInAPackage("org.agora.classroom..").should().dependOnClassesThat()
            .resideInAnyPackage("org.agora.dashboard..");
}
