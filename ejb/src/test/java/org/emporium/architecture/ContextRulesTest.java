package org.emporium.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules between bounded contexts of ../shared/ARCHITECTURE.md: a context reaches another only through
 * that context's boundary (or through events), never its control or entity classes; no cycles between
 * contexts; the shared kernel (platform) depends on no context; entities know nothing of the layers above.
 */
class ContextRulesTest {

    private static final Pattern CONTEXT = Pattern.compile("^org\\.emporium\\.([a-z]+)\\.([a-z]+)(\\..*)?$");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.emporium");
    }

    @Test
    void a_context_uses_another_only_through_its_boundary() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("org.emporium..")
                .and()
                .resideOutsideOfPackage("org.emporium.platform..")
                .should(onlyUseOtherContextsThroughTheirBoundary());
        rule.check(classes);
    }

    @Test
    void contexts_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("org.emporium.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_shared_kernel_depends_on_no_context() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.platform..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<JavaClass>("belong to a bounded context") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getPackageName().startsWith("org.emporium.")
                                && !c.getPackageName().startsWith("org.emporium.platform");
                    }
                })
                .check(classes);
    }

    @Test
    void entities_know_nothing_of_boundaries_or_control() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.*.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.emporium.*.boundary..", "org.emporium.*.control..")
                .check(classes);
    }

    @Test
    void only_the_owning_context_holds_an_entity_manager_over_its_entities() {
        noClasses()
                .that()
                .resideInAPackage("org.emporium.*.entity..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    private static ArchCondition<JavaClass> onlyUseOtherContextsThroughTheirBoundary() {
        return new ArchCondition<>("use other contexts only through their boundary") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = context(origin.getPackageName()).map(m -> m.group(1));
                if (own.isEmpty()) {
                    return;
                }
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    context(target.getPackageName()).ifPresent(m -> {
                        String targetContext = m.group(1);
                        String layer = m.group(2);
                        if (!targetContext.equals(own.get())
                                && !targetContext.equals("platform")
                                && !layer.equals("boundary")) {
                            events.add(SimpleConditionEvent.violated(
                                    dependency,
                                    dependency.getDescription() + " reaches into " + targetContext + "." + layer));
                        }
                    });
                });
            }
        };
    }

    private static Optional<Matcher> context(String packageName) {
        Matcher m = CONTEXT.matcher(packageName);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
