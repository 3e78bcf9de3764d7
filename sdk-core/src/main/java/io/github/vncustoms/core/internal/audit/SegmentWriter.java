package io.github.vncustoms.core.internal.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Appends whole lines to the journal's current file through a buffer: the operating system only
 * ever receives complete lines (a crash can still tear the last one, which {@link TailRepair} cuts).
 *
 * <p>Not thread-safe: the store calls it under its lock.
 */
public final class SegmentWriter {
    private static final int BUFFER = 1 << 18;

    private final SegmentFile segment;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long committed;

    /**
     * Opens a segment for appending.
     *
     * @param segment the segment, not gzipped
     * @param create whether the file must be new
     * @throws IOException if it cannot be opened
     */
    public SegmentWriter(SegmentFile segment, boolean create) throws IOException {
        this.segment = segment;
        this.channel = create
                ? FileChannel.open(segment.path(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                : FileChannel.open(segment.path(), StandardOpenOption.WRITE);
        this.committed = channel.size();
        channel.position(committed);
    }

    /**
     * Returns the segment written.
     *
     * @return the segment
     */
    public SegmentFile segment() {
        return segment;
    }

    /**
     * Adds a line, newline included.
     *
     * @param line the bytes
     * @param length how many of them
     * @throws IOException if a write fails
     */
    public void write(byte[] line, int length) throws IOException {
        if (length > buffer.remaining()) {
            flushToOs();
            if (length > buffer.capacity()) {
                writeFully(ByteBuffer.wrap(line, 0, length));
                return;
            }
        }
        buffer.put(line, 0, length);
    }

    /**
     * Hands the buffered lines to the operating system.
     *
     * @throws IOException if the write fails
     */
    public void flushToOs() throws IOException {
        if (buffer.position() > 0) {
            buffer.flip();
            writeFully(buffer);
            buffer.clear();
        }
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            committed += channel.write(b);
        }
    }

    /**
     * Forces what the operating system holds to the device.
     *
     * @throws IOException if it fails
     */
    public void force() throws IOException {
        channel.force(false);
    }

    /**
     * Returns the file's channel, for forcing it outside the store's lock.
     *
     * @return the channel
     */
    public FileChannel channel() {
        return channel;
    }

    /**
     * Returns the bytes handed to the operating system: complete lines only.
     *
     * @return the length
     */
    public long committed() {
        return committed;
    }

    /**
     * Returns the file's length once the buffer is written.
     *
     * @return the length
     */
    public long size() {
        return committed + buffer.position();
    }

    /**
     * Flushes, forces and closes the file.
     *
     * @throws IOException if it fails
     */
    public void close() throws IOException {
        try {
            flushToOs();
            force();
        } finally {
            channel.close();
        }
    }
}
