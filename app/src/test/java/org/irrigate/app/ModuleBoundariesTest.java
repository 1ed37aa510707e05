package org.irrigate.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modular monolith's rules (STYLE.md): a module is used only through its {@code api} package; feature modules
 * know network-core's api and nothing of each other; network-core knows no feature; api packages stand alone.
 */
class ModuleBoundariesTest {
    static final List<String> FEATURES = List.of("influence", "funding", "evidence");
    static final List<String> MODULES = List.of("core", "influence", "funding", "evidence");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.irrigate");
    }

    @Test
    void featureModulesUseOnlyTheApiOfNetworkCore() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage("org.irrigate." + feature + "..")
                    .should().dependOnClassesThat(resideInModuleOutsideApi("core"))
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void featureModulesDoNotKnowEachOther() {
        for (String feature : FEATURES) {
            for (String other : FEATURES) {
                if (!feature.equals(other)) {
                    noClasses().that().resideInAPackage("org.irrigate." + feature + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.irrigate." + other + "..")
                            .allowEmptyShould(true).check(classes);
                }
            }
        }
    }

    @Test
    void networkCoreKnowsNoFeatureAndNotTheApp() {
        noClasses().that().resideInAPackage("org.irrigate.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.irrigate.influence..", "org.irrigate.funding..",
                        "org.irrigate.evidence..", "org.irrigate.app..")
                .check(classes);
    }

    @Test
    void modulesDoNotKnowTheApp() {
        for (String feature : FEATURES) {
            noClasses().that().resideInAPackage("org.irrigate." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.irrigate.app..")
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void theAppUsesModulesOnlyThroughTheirApi() {
        for (String module : MODULES) {
            noClasses().that().resideInAPackage("org.irrigate.app..")
                    .should().dependOnClassesThat(resideInModuleOutsideApi(module))
                    .check(classes);
        }
    }

    @Test
    void apiPackagesStandAlone() {
        for (String module : MODULES) {
            noClasses().that().resideInAPackage("org.irrigate." + module + ".api..")
                    .should().dependOnClassesThat(resideInModuleOutsideApi(module))
                    .allowEmptyShould(true).check(classes);
        }
    }

    private static com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
    resideInModuleOutsideApi(String module) {
        String prefix = "org.irrigate." + module + ".";
        String api = prefix + "api";
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "reside in " + prefix + "* outside its api package",
                c -> c.getPackageName().startsWith(prefix) && !c.getPackageName().equals(api)
                        && !c.getPackageName().startsWith(api + "."));
    }
}
