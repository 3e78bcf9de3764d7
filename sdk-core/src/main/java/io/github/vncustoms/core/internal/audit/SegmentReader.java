package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.spi.StoredEntry;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads the records of a snapshot of segment files in order, gzipped or not, as {@link StoredEntry
 * stored entries}: a line that does not parse, or a damaged archive, becomes an unreadable record for
 * the verifier to report, not an exception.
 *
 * <p>Not thread-safe: one reader per scan.
 */
public final class SegmentReader implements Iterator<StoredEntry>, AutoCloseable {
    /**
     * One file to read.
     *
     * @param segment the file
     * @param limit how many (uncompressed) bytes to read, -1 for all
     */
    public record Part(SegmentFile segment, long limit) {}

    private final List<Part> parts;
    private final JsonLines codec = new JsonLines();
    private int nextPart;
    private LineReader reader;
    private String source;
    private long position;
    private StoredEntry ahead;

    /**
     * Reads files.
     *
     * @param parts the files in order
     */
    public SegmentReader(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            ahead = advance();
        }
        return ahead != null;
    }

    @Override
    public StoredEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        StoredEntry r = ahead;
        ahead = null;
        return r;
    }

    private StoredEntry advance() {
        while (true) {
            if (reader == null) {
                if (nextPart >= parts.size()) {
                    return null;
                }
                Part part = parts.get(nextPart++);
                try {
                    reader = open(part);
                    source = part.segment().fileName();
                } catch (IOException e) {
                    return StoredEntry.unreadable(position++, part.segment().fileName(), 1, "the file cannot be opened: " + e);
                }
            }
            try {
                if (reader.next()) {
                    long line = reader.lineNumber();
                    if (!reader.terminated()) {
                        return StoredEntry.unreadable(position++, source, line, "the last line has no newline");
                    }
                    try {
                        return StoredEntry.of(position++, source, line,
                                codec.parseEntry(reader.buffer(), reader.lineStart(), reader.lineEnd()));
                    } catch (ValidationException e) {
                        return StoredEntry.unreadable(position++, source, line, e.getMessage());
                    }
                }
                closeReader();
            } catch (IOException e) {
                long line = reader.lineNumber() + 1;
                closeReader();
                return StoredEntry.unreadable(position++, source, line, "the file cannot be read past line " + (line - 1) + ": " + e);
            }
        }
    }

    private static LineReader open(Part part) throws IOException {
        SegmentFile segment = part.segment();
        InputStream in;
        try {
            in = Files.newInputStream(segment.path());
        } catch (NoSuchFileException e) {
            if (segment.gzipped()) {
                throw e;
            }
            // Archived since the snapshot was taken: the archive holds the same bytes.
            segment = segment.archived();
            in = Files.newInputStream(segment.path());
        }
        if (segment.gzipped()) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new LineReader(in, part.limit());
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
            }
        }
    }

    @Override
    public void close() {
        closeReader();
    }
}
