package org.airace.kg.cli;

import org.airace.kg.job.BuildInfo;
import picocli.CommandLine;

/** Reports the version packaged in the jar. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"airace-kg " + BuildInfo.version()};
    }
}
