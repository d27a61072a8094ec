package org.airace.kg.eval;

import java.io.IOException;
import java.nio.file.Path;

/** A gold file that cannot be read as gold annotation; the message always names the file. */
public class GoldFormatException extends IOException {

    private final transient Path file;

    public GoldFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public GoldFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
