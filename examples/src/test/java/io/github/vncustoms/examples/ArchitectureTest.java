package io.github.vncustoms.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module and package boundaries of ARCHITECTURE.md and STYLE.md rule 1: the domain modules never
 * import each other, and no public API type exposes a type from an {@code internal} package.
 */
final class ArchitectureTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.vncustoms");

    private static final DescribedPredicate<JavaClass> PUBLIC_API_CLASS = DescribedPredicate.describe(
            "public API classes", c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getPackageName().contains(".internal")
                    && isPublicAllTheWayOut(c));

    @Test
    void sdkClasses_areImported() {
        // Guards the rules below against passing on an empty import.
        org.assertj.core.api.Assertions.assertThat(SDK.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("io.github.vncustoms.core.org"))
                .anyMatch(p -> p.startsWith("io.github.vncustoms.core.error"));
    }

    @Test
    void monitoring_neverImportsValuationOrCamera() {
        noClasses().that().resideInAPackage("io.github.vncustoms.monitoring..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.vncustoms.valuation..", "io.github.vncustoms.camera..")
                .allowEmptyShould(true).check(SDK);
    }

    @Test
    void valuation_neverImportsMonitoringOrCamera() {
        noClasses().that().resideInAPackage("io.github.vncustoms.valuation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.vncustoms.monitoring..", "io.github.vncustoms.camera..")
                .allowEmptyShould(true).check(SDK);
    }

    @Test
    void camera_neverImportsMonitoringOrValuation() {
        noClasses().that().resideInAPackage("io.github.vncustoms.camera..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.vncustoms.monitoring..", "io.github.vncustoms.valuation..")
                .allowEmptyShould(true).check(SDK);
    }

    @Test
    void core_neverImportsTheDomainModules() {
        noClasses().that().resideInAPackage("io.github.vncustoms.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.vncustoms.monitoring..",
                        "io.github.vncustoms.valuation..", "io.github.vncustoms.camera..", "io.github.vncustoms.examples..")
                .check(SDK);
    }

    @Test
    void examples_useOnlyThePublicApi() {
        noClasses().that().resideInAPackage("io.github.vncustoms.examples..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .allowEmptyShould(true).check(SDK);
    }

    @Test
    void publicMethodsAndConstructors_ofApiTypes_exposeNoInternalType() {
        methods().that().areDeclaredInClassesThat(PUBLIC_API_CLASS)
                .and().arePublic().should(exposeNoInternalType()).allowEmptyShould(true).check(SDK);
        methods().that().areDeclaredInClassesThat(PUBLIC_API_CLASS)
                .and().areProtected().should(exposeNoInternalType()).allowEmptyShould(true).check(SDK);
        constructors().that().areDeclaredInClassesThat(PUBLIC_API_CLASS)
                .and().arePublic().should(exposeNoInternalType()).allowEmptyShould(true).check(SDK);
    }

    @Test
    void publicFields_ofApiTypes_exposeNoInternalType() {
        fields().that().areDeclaredInClassesThat(PUBLIC_API_CLASS).and().arePublic()
                .should(new ArchCondition<JavaField>("not have an internal type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        Set<String> internal = internalNames(field.getType().getAllInvolvedRawTypes());
                        events.add(new SimpleConditionEvent(field, internal.isEmpty(),
                                field.getFullName() + " exposes " + internal));
                    }
                }).allowEmptyShould(true).check(SDK);
    }

    @Test
    void apiTypes_neverExtendOrImplementInternalTypes() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that(PUBLIC_API_CLASS)
                .should(new ArchCondition<JavaClass>("not extend or implement an internal type") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        Set<JavaClass> supers = c.getAllRawSuperclasses().stream().collect(Collectors.toSet());
                        supers.addAll(c.getAllRawInterfaces());
                        Set<String> internal = internalNames(supers);
                        events.add(new SimpleConditionEvent(c, internal.isEmpty(), c.getName() + " extends " + internal));
                    }
                }).check(SDK);
    }

    private static ArchCondition<JavaCodeUnit> exposeNoInternalType() {
        return new ArchCondition<>("expose no type from an internal package") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Set<JavaClass> involved = unit.getReturnType().getAllInvolvedRawTypes().stream().collect(Collectors.toSet());
                unit.getParameterTypes().forEach(p -> involved.addAll(p.getAllInvolvedRawTypes()));
                unit.getThrowsClause().getTypes().forEach(involved::add);
                Set<String> internal = internalNames(involved);
                events.add(new SimpleConditionEvent(unit, internal.isEmpty(), unit.getFullName() + " exposes " + internal));
            }
        };
    }

    private static Set<String> internalNames(Set<JavaClass> classes) {
        return classes.stream().map(JavaClass::getName)
                .filter(n -> n.startsWith("io.github.vncustoms.") && n.contains(".internal."))
                .collect(Collectors.toSet());
    }

    private static boolean isPublicAllTheWayOut(JavaClass c) {
        for (JavaClass cursor = c; cursor != null; cursor = cursor.getEnclosingClass().orElse(null)) {
            if (!cursor.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
