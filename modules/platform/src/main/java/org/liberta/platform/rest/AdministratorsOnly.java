package org.liberta.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;

/**
 * Marks a route only administrators may call, checked before its body is read or validated: someone else learns
 * nothing from it ("version is required") but 403. The service behind it checks the role again, as every service
 * method does; this is the same rule applied earlier, where the JAX-RS runtime would otherwise validate first.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdministratorsOnly {

    /** The check itself, bound to the routes marked {@link AdministratorsOnly}. */
    @Provider
    @AdministratorsOnly
    @Priority(Priorities.AUTHORIZATION)
    class Check implements ContainerRequestFilter {

        @Inject
        private Caller caller;

        @Override
        public void filter(ContainerRequestContext request) {
            caller.requireAnyRole(Role.ADMIN);
        }
    }
}
