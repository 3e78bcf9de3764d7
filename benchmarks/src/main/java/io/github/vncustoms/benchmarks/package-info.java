/**
 * JMH benchmarks of the SDK's hot paths (not published).
 *
 * <p>Build with {@code ./mvnw -B -pl benchmarks -am package -DskipTests}, then run
 * {@code java -jar benchmarks/target/benchmarks.jar}. Results go in the README's performance table
 * with the machine they ran on; no unit test ever asserts a timing.
 */
package io.github.vncustoms.benchmarks;
