package org.liberta.app.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * Payara Micro with the packaged WAR, started once per database pass and shared by every integration-test class in
 * it, instead of once per class: a boot with the demo data costs a minute on the project's 2-core machines, and
 * there were nine classes a pass. Payara's connector starts a Micro process in {@code deploy}; this one does so
 * for the first class only, on an empty database, answers the same address to every later class, and stops the
 * server when Arquillian stops its containers at the end of the pass.
 *
 * The classes therefore share one database: each writes its own records (users, codes and names made unique per
 * test) and asserts on them, on differences it measured itself, or on periods nobody else writes into (the
 * demo's 2021 report). docs/architecture.md, "The test suite", says so for whoever adds a class.
 */
public class OneServerPerPass extends PayaraMicroDeployableContainer {

    private ProtocolMetaData running;
    private Archive<?> deployed;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running == null) {
            TestDatabase.reset();
            running = super.deploy(archive);
            deployed = archive;
        }
        return running;
    }

    /** The next class reuses the server; it stops with the pass (see {@link #stop()}). */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            if (deployed != null) {
                super.undeploy(deployed);
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro did not stop", e);
        } finally {
            running = null;
            deployed = null;
            super.stop();
        }
    }

    /** Put in place of Payara's own container by {@code META-INF/services} in the test resources. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, OneServerPerPass.class);
        }
    }
}
