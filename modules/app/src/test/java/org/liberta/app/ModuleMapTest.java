package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liberta.platform.api.AppModule;

/**
 * The README's module map is made from the modules' own {@link AppModule} declarations, the ones
 * ArchitectureTest enforces, so what the README says a module may use is what the build allows. When a
 * declaration changes, this test fails and shows the map to paste; {@code -Dliberta.writeModuleMap=true} writes it.
 */
class ModuleMapTest {

    /** In dependency order, as the root pom lists them. */
    private static final List<String> MODULES =
            List.of("platform", "casework", "courts", "witness", "training", "advocacy", "reporting", "app");

    private static final String START = "<!-- module map: generated from each package-info's @AppModule by ModuleMapTest -->";
    private static final String END = "<!-- end of module map -->";
    private static final Path README = Path.of("..", "..", "README.md");

    @Test
    void theReadmesModuleMapIsTheModulesOwnDeclarations() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has no module map between " + START + " and " + END);
        String current = readme.substring(start + START.length(), end);
        String generated = "\n" + moduleMap();
        if (!generated.equals(current) && Boolean.getBoolean("liberta.writeModuleMap")) {
            Files.writeString(README, readme.substring(0, start + START.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "README.md's module map differs from the @AppModule declarations;"
                + " run the test with -Dliberta.writeModuleMap=true to write it");
    }

    /** A table row per module: its folder, what it owns and what it may use (the platform always, by interface). */
    static String moduleMap() throws ClassNotFoundException, IOException {
        StringBuilder map = new StringBuilder("| module | what it owns | may use |\n|---|---|---|\n");
        for (String module : MODULES) {
            AppModule declared = Class.forName("org.liberta." + module + ".package-info").getAnnotation(AppModule.class);
            assertEquals(module, declared.name(), "the module's name is its package's last segment");
            List<String> uses = new ArrayList<>();
            if (!module.equals("platform")) {
                uses.add(declared.platformApis().length == 0 ? "platform"
                        : "platform (" + String.join(", ", declared.platformApis()) + ")");
            }
            for (String other : declared.allowedDependencies()) {
                uses.add(other.equals("platform") ? other : other + ".api");
            }
            map.append("| `modules/").append(module).append("` | ").append(declared.summary()).append(" | ")
                    .append(uses.isEmpty() ? "nothing" : String.join(", ", uses)).append(" |\n");
        }
        return map.toString();
    }
}
