package org.liberta.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.liberta.platform.internal.application.SignIn;

/**
 * With {@code <distributable/>}, a web session and the JSF views in it travel to another instance when theirs dies:
 * every session- and view-scoped bean, and everything its fields hold, must serialise. Injected services are
 * Weld's serialisable proxies; anything else a field holds is checked down to the JDK's own types.
 */
class SessionStateTest {

    @Test
    void everythingAWebSessionHoldsSerialises() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liberta").stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .map(JavaClass::reflect).toList();
        assertFalse(beans.size() < 20, "found only " + beans.size() + " session and view beans: the scan is broken");
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, seen);
        }
        checkType(SignIn.SessionLogin.class, "the sign-in session attribute", problems, seen);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A bean's own non-transient fields, up its Liberta superclasses. */
    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c.getName().startsWith("org.liberta"); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            checkType(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c.isInterface()) {
            // Collections and maps are checked through their type arguments; a Liberta interface must itself be
            // Serializable, or nothing says what implements it.
            if (c.getName().startsWith("org.liberta") && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is an interface that is not Serializable");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        } else if (c.getName().startsWith("org.liberta")) {
            checkFields(c, path, problems, seen);
        }
    }
}
