package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.RecoveredTail;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Cuts a torn write off the end of a JSON Lines file: a line is committed only once its newline is
 * stored, so bytes after the last newline are a write interrupted by a crash; and a last line that
 * does not parse (a power loss can leave zeros or garbage that happen to end in a newline) goes too.
 * Only the end of the file is touched: a damaged line earlier on is evidence for the verifier, not
 * something to repair. The cut bytes are appended to {@code <file>.torn}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TailRepair {
    private TailRepair() {}

    /** What the repair found. */
    public record Result(RecoveredTail recovered, byte[] lastLine) {}

    /**
     * Repairs a file.
     *
     * @param file the file
     * @param parser checks that a line parses; throws {@link ValidationException} if not
     * @return what was cut (or {@code null}) and the last complete line (or {@code null} if none)
     * @throws IOException if the file cannot be read or cut
     */
    public static Result repair(Path file, Consumer<byte[]> parser) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long cut = size;
            String reason = null;
            long lastNewline = lastNewlineBefore(ch, size);
            if (lastNewline != size - 1) {
                cut = lastNewline + 1;
                reason = "no trailing newline";
            }
            byte[] lastLine = null;
            if (cut > 0) {
                long previousNewline = lastNewlineBefore(ch, cut - 1);
                lastLine = read(ch, previousNewline + 1, cut - 1);
                try {
                    parser.accept(lastLine);
                } catch (ValidationException e) {
                    reason = (reason == null ? "" : reason + "; ") + "last complete line unreadable: " + e.getMessage();
                    cut = previousNewline + 1;
                    lastLine = null;
                    if (cut > 0) {
                        long before = lastNewlineBefore(ch, cut - 1);
                        lastLine = read(ch, before + 1, cut - 1);
                    }
                }
            }
            if (cut == size) {
                return new Result(null, lastLine);
            }
            byte[] torn = read(ch, cut, size);
            Path keep = file.resolveSibling(file.getFileName() + ".torn");
            Files.write(keep, torn, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            Files.write(keep, new byte[] {'\n'}, StandardOpenOption.APPEND);
            ch.truncate(cut);
            ch.force(true);
            return new Result(new RecoveredTail(file.getFileName().toString(), cut, size - cut, reason), lastLine);
        }
    }

    /** Index of the last '\n' at a position below {@code limit}, or -1. */
    private static long lastNewlineBefore(FileChannel ch, long limit) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        long pos = limit;
        while (pos > 0) {
            int n = (int) Math.min(buf.capacity(), pos);
            long from = pos - n;
            buf.clear().limit(n);
            while (buf.hasRemaining()) {
                if (ch.read(buf, from + buf.position()) < 0) {
                    throw new IOException("file shrank while being repaired");
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return from + i;
                }
            }
            pos = from;
        }
        return -1;
    }

    private static byte[] read(FileChannel ch, long from, long to) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) (to - from));
        while (buf.hasRemaining()) {
            if (ch.read(buf, from + buf.position()) < 0) {
                throw new IOException("file shrank while being repaired");
            }
        }
        return buf.array();
    }
}
