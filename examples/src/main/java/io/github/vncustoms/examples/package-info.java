/**
 * Reference clients of the vncustoms SDK: small runnable programs that use only the public API.
 *
 * <p>Run them with {@code ./mvnw -B -q -pl examples -am compile exec:java} from the repository
 * root (see the README).
 */
package io.github.vncustoms.examples;
