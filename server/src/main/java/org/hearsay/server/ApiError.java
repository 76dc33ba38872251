package org.hearsay.server;

/** A request that cannot be served: the HTTP status and a message a client can act on. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }
}
