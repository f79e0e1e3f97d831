package org.liberta.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs some of a report's counting in a transaction of its own, on a managed thread. Not every module reads inside a
 * transaction, and the EntityManager of a read without one belongs to the invocation that asked: a managed thread
 * shares the request's, so Payara would close such EntityManagers from several threads at once and fail the report.
 * Inside a transaction each thread's EntityManager ends with its own transaction.
 */
@ApplicationScoped
public class TransactionalCounting {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable counting) {
        counting.run();
    }
}
