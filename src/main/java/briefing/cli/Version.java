package briefing.cli;

import picocli.CommandLine;

/** Reads briefing's version from the jar's manifest (or says it is a development build). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"briefing " + (version == null ? "(development build)" : version)};
  }
}
