package org.airace.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a measurement in a fresh JVM with the same class path, so its memory peak and its caches
 * (TDB2 keeps a store's files mapped for the life of the JVM) belong to that measurement alone. The
 * child answers with {@code key=value} lines on standard output; its standard error goes to a log file.
 */
final class ChildJvm {
    private ChildJvm() {}

    static Map<String, String> run(String maxHeap, Path log, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        Map<String, String> answer = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0)
                answer.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        if (code != 0)
            answer.put("error", "child exited with " + code + " (log: " + log + ")");
        return answer;
    }
}
