package faqbot.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout the README describes, enforced: each package may use only the packages below it, no
 * package cycle, and only the Telegram edge sees the telegrambots library.
 */
class ArchitectureTest {
    /**
     * The packages from the bottom up; each may depend only on packages listed before it. A new
     * package must be placed here, which is the moment to decide where it belongs.
     */
    static final List<String> LAYERS = List.of(
            "faq", "text", "match", "reply", "core", "feedback", "inline", "config", "store", "suggest", "ops", "chat", "chat.admin",
            "telegram.format", "telegram.send", "telegram", "cli");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("faqbot");

    /** The layer rule for a list of layers, bottom first; the test of this test passes a list with a rule removed. */
    static ArchRule layered(List<String> layers) {
        Architectures.LayeredArchitecture arch = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : layers) {
            arch = arch.layer(layer).definedBy("faqbot." + layer);
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            arch = arch.whereLayer(layers.get(i)).mayOnlyBeAccessedByLayers(layers.subList(i + 1, layers.size()).toArray(String[]::new));
        }
        return arch.whereLayer(layers.get(layers.size() - 1)).mayNotBeAccessedByAnyLayer();
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        layered(LAYERS).check(MAIN);
    }

    @Test
    void everyPackageIsInALayer() {
        noClasses().should().resideOutsideOfPackages(LAYERS.stream().map(l -> "faqbot." + l).toArray(String[]::new))
                .because("a package outside the layer list escapes the layer rule").check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("faqbot.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheTelegramEdgeUsesTheTelegramLibrary() {
        noClasses().that().resideOutsideOfPackage("faqbot.telegram..")
                .should().dependOnClassesThat().resideInAPackage("org.telegram..")
                .because("the conversation core is front-end neutral and tested without the library").check(MAIN);
    }

    @Test
    void aLowerLayerUsingAHigherOneIsCaught() {
        // The layer list with chat placed below store: chat uses store, so the rule must now fail.
        List<String> swapped = List.of(
                "faq", "text", "match", "reply", "core", "config", "chat", "store", "ops", "chat.admin", "telegram.send", "telegram", "cli");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> layered(swapped).check(MAIN));
    }
}
