package org.emporium.systemtest.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules for what sits on top of the bounded contexts (../shared/ARCHITECTURE.md, STYLE.md): pages
 * and batch jobs call boundaries and read the entities they return, never a context's control classes,
 * and never hold an EntityManager. The rules between contexts themselves are in the ejb module
 * (ContextRulesTest).
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importEverything() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.emporium");
    }

    @Test
    void every_module_is_imported() {
        // Without this, the rules below would pass on an empty class set.
        assertThat(classes.containPackage("org.emporium.web.storefront")).isTrue();
        assertThat(classes.containPackage("org.emporium.web.backoffice")).isTrue();
        assertThat(classes.containPackage("org.emporium.batch.catalogexport")).isTrue();
        assertThat(classes.containPackage("org.emporium.catalog.control")).isTrue();
    }

    @Test
    void pages_use_no_control_class_of_a_context() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.emporium.*.control..")
                .check(classes);
    }

    @Test
    void pages_never_see_an_entity_manager() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void batch_jobs_go_through_the_business_boundaries() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.batch..")
                .should()
                .dependOnClassesThat(resideInAnyPackage("org.emporium.*.control..", "jakarta.persistence..")
                        .and(resideOutsideOfPackage("org.emporium.batch..")))
                .check(classes);
    }

    @Test
    void the_shared_web_jar_uses_no_business_class() {
        // It sits in the EAR's lib/, whose class loader cannot see the EJB modules.
        noClasses()
                .that()
                .resideInAPackage("org.emporium.web.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.emporium.catalog..",
                        "org.emporium.admin..",
                        "org.emporium.platform..",
                        "org.emporium.batch..")
                .check(classes);
    }
}
