package org.agora;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/**
 * The package rules of the design: features depend only leftwards and never in a cycle, one
 * feature's screens never use another's, services and domain classes know no screen, and
 * repositories stay inside their feature.
 *
 * <p>There is no rule that views never touch repositories: {@link #repositories_are_package_private}
 * makes it impossible, since a view lives in a feature's {@code ui} package and so cannot even
 * name its own feature's repository, let alone another's.
 */
@AnalyzeClasses(packages = "org.agora", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SCREENS = {"org.agora..ui.."};

    @ArchTest
    static final ArchRule repositories_are_package_private = classes()
            .that()
            .areAssignableTo(Repository.class)
            .should()
            .notHaveModifier(PUBLIC)
            .because("views call application services only, and a feature's data stays behind its services");

    @ArchTest
    static final ArchRule features_are_free_of_cycles =
            slices().matching("org.agora.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_feature_uses_another_features_screens = slices().matching("org.agora.(*).ui..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.agora.base.ui.."))
            .because("what two features' screens share belongs in base.ui or in a feature's API");

    /**
     * The one exception: the security configuration names the sign-in view, because Vaadin's
     * configurer sends anonymous visitors of staff screens to that class.
     */
    @ArchTest
    static final ArchRule services_and_domain_know_no_screen = noClasses()
            .that()
            .resideOutsideOfPackages(SCREENS)
            .and()
            .doNotHaveFullyQualifiedName("org.agora.account.SecurityConfig")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SCREENS);

    @ArchTest
    static final ArchRule base_knows_no_feature = noClasses()
            .that()
            .resideInAPackage("org.agora.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.agora.account..", "org.agora.lesson..", "org.agora.classroom..", "org.agora.dashboard..");

    @ArchTest
    static final ArchRule account_uses_only_base = noClasses()
            .that()
            .resideInAPackage("org.agora.account..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.agora.lesson..", "org.agora.classroom..", "org.agora.dashboard..");

    @ArchTest
    static final ArchRule lesson_uses_only_base_and_account = noClasses()
            .that()
            .resideInAPackage("org.agora.lesson..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.agora.classroom..", "org.agora.dashboard..");

    @ArchTest
    static final ArchRule classroom_does_not_use_dashboard = noClasses()
            .that()
            .resideInAPackage("org.agora.classroom..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.agora.dashboard..");
}
