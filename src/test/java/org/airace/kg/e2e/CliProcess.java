package org.airace.kg.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged CLI ({@code java -jar airace-kg.jar ...}) as users do, capturing its output. */
final class CliProcess {

    record Result(int exitCode, String stdout, String stderr) {}

    static Path jar() {
        Path jar = Path.of(System.getProperty("airace.jar", "target/airace-kg.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("packaged jar not found at " + jar + " (run mvn verify)");
        }
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Dairace.noBar=true", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result run(Path workDir, long timeoutSeconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = new ProcessBuilder(command(args)).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("airace " + String.join(" ", args) + " timed out; stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static Process start(Path workDir, Path log, String... args) throws IOException {
        return start(workDir, log, List.of(), args);
    }

    /** As {@link #start(Path, Path, String...)} with JVM options ({@code -Dkey=value}) before {@code -jar}. */
    static Process start(Path workDir, Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = command(args);
        cmd.addAll(1, jvmOptions);
        return new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private CliProcess() {}
}
