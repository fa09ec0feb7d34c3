package de.smilecity.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages form an acyclic graph in which each module uses only what its
 * {@code package-info} allows, and what they allow is the table of {@code docs/architecture.md}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern CODE = Pattern.compile("`([a-z]+(?:::[a-z]+)?)`");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUseAsTheArchitectureTableSays() throws IOException {
        Map<String, Set<String>> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
            Matcher row = TABLE_ROW.matcher(line);
            if (!row.matches()) continue;
            Set<String> uses = new TreeSet<>();
            Matcher code = CODE.matcher(row.group(2));
            while (code.find()) uses.add(code.group(1));
            documented.put(row.group(1), uses);
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> declared.put(
                module.getIdentifier().toString(),
                allowed(module.getBasePackage().getName())));

        assertThat(declared).isEqualTo(documented);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static Set<String> allowed(String basePackage) {
        try {
            ApplicationModule module =
                    Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(module).as("@ApplicationModule on %s", basePackage).isNotNull();
            return new TreeSet<>(Arrays.asList(module.allowedDependencies()));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Module " + basePackage + " has no package-info declaring what it may use", e);
        }
    }
}
