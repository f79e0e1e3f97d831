package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Entities in module jars are only part of the persistence unit when persistence.xml lists them; a missing one
 * fails at run time in the worst way (its queries break), so this test fails first.
 */
class PersistenceUnitTest {

    @Test
    void everyEntityAndConverterOfEveryModuleIsListed() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPackages("org.liberta")) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class)) {
                expected.add(c.getName());
            }
        }
        assertFalse(expected.isEmpty(), "no entities found: the module jars were not imported");
        assertEquals(expected, listedClasses());
    }

    /** Two modules naming an entity alike break the whole persistence unit at deployment; this says which. */
    @Test
    void entityNamesAreUniqueAcrossModules() {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (JavaClass c : new ClassFileImporter().importPackages("org.liberta")) {
            if (c.isAnnotatedWith(Entity.class)) {
                String name = c.getAnnotationOfType(Entity.class).name();
                String entityName = name.isEmpty() ? c.getSimpleName() : name;
                String other = owners.put(entityName, c.getName());
                assertEquals(null, other, "entity name " + entityName + " is used by " + other + " and " + c.getName());
            }
        }
    }

    private static Set<String> listedClasses() throws Exception {
        Set<String> listed = new TreeSet<>();
        try (InputStream xml = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("class");
            for (int i = 0; i < nodes.getLength(); i++) {
                listed.add(nodes.item(i).getTextContent().strip());
            }
        }
        return listed;
    }
}
