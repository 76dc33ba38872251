package org.hearsay.ingest;

/** What a reader yields for each item of its input: an {@link Article}, or a {@link Failure}. */
public sealed interface Item permits Article, Failure {

    String origin();
}
