package org.liberta.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure of the API answers problem+json; see {@link ProblemTranslator}. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Response answer(Throwable failure) {
        Problem problem = ProblemTranslator.translate(failure);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The catch-all: anything no more specific mapper took. */
    @Provider
    public static class AnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return answer(failure);
        }
    }

    /**
     * Must exist separately: Jersey's own mapper for a transaction that failed at commit (a conflict found as the
     * database wrote, say) answers with the server's HTML error page; this one translates the cause instead.
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class FailedTransaction implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Override
        public Response toResponse(jakarta.transaction.TransactionalException failure) {
            return answer(failure);
        }
    }

    /** Must exist separately: it is more specific than the JAX-RS runtime's own validation mapper. */
    @Provider
    public static class InvalidParameters implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException failure) {
            return answer(failure);
        }
    }
}
