package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.id.ContainerNumber;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.id.TaxCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing identifiers, which every declaration, gate event and screening run does many times:
 * a tax code with its check digit, an ISO 6346 container number, an HS code with dots.
 *
 * <p>JMH state; not thread-safe, as JMH expects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierBenchmark {
    /** The tax code parsed. */
    public String taxCode = "0100109106-001";
    /** The container number parsed, in a loose form that needs normalising. */
    public String container = "csqu 305438-3";
    /** The HS code parsed. */
    public String hsCode = "8471.30.20";

    /**
     * Parses a branch tax code.
     *
     * @return the parsed code
     */
    @Benchmark
    public TaxCode parseTaxCode() {
        return TaxCode.parse(taxCode);
    }

    /**
     * Parses and normalises a container number.
     *
     * @return the parsed number
     */
    @Benchmark
    public ContainerNumber parseContainerNumber() {
        return ContainerNumber.parse(container);
    }

    /**
     * Parses a dotted HS code.
     *
     * @return the parsed code
     */
    @Benchmark
    public HsCode parseHsCode() {
        return HsCode.parse(hsCode);
    }
}
